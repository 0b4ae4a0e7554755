import 'server-only';
import { compileScenario, type CompileScenarioResult } from '@/lib/scenario/compiler/compile-scenario';
import { loadSourceRegister } from '@/lib/scenario/scenario-files';
import type { SourceRegister } from '@/lib/scenario/source-register';
import { declaredScenarioId } from '@/lib/studio/source-version';

/**
 * The guidance source register (scenarios/sources/*.yaml), read the way the CLI and the seed read
 * it, so a draft is checked against exactly the register published scenarios are.
 */
export function studioSourceRegister(): SourceRegister {
  return loadSourceRegister().register;
}

/**
 * Compiles a draft's text as `scenario check` would compile `<id>.mdx`: the file is named after
 * the id the draft declares, so the id-matches-file-name rule holds, and quotations are checked
 * against the register. Never throws; problems are diagnostics.
 */
export function compileDraft(source: string, register: SourceRegister = studioSourceRegister()): CompileScenarioResult & { scenarioId?: string } {
  const scenarioId = declaredScenarioId(source);
  return { ...compileScenario({ source, file: `${scenarioId ?? 'draft'}.mdx`, register }), scenarioId };
}
