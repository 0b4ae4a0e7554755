import { compileScenarioWithTree } from '@/lib/scenario/compiler/compile-scenario';
import type { Diagnostic, ScenarioDefinition } from '@/lib/scenario/definition';
import type { SourceRegister } from '@/lib/scenario/source-register';
import { outlineOfTree, type SourceOutline } from './source-outline';

/** Everything the studio shows about one version of a draft. */
export interface DraftAnalysis {
  diagnostics: Diagnostic[];
  /** Present only when the draft compiles without errors. */
  definition?: ScenarioDefinition;
  /** Absent when the MDX cannot be parsed at all. */
  outline?: SourceOutline;
}

/**
 * The file name the compiler is given for a draft: not `.mdx`, so the compiler does not ask the
 * id to match a file name a draft in the database does not have.
 */
export const DRAFT_FILE = 'draft';

/**
 * Compiles a draft with the real compiler and reads its outline from the compiler's own syntax
 * tree (one parse per text); never throws. Runs in the worker.
 */
export function analyseDraft(source: string, register: SourceRegister | undefined): DraftAnalysis {
  const { definition, diagnostics, syntaxTree } = compileScenarioWithTree({ source, file: DRAFT_FILE, ...(register ? { register } : {}) });
  const outline = syntaxTree ? outlineOfTree(syntaxTree) : undefined;
  return { diagnostics, ...(definition ? { definition } : {}), ...(outline ? { outline } : {}) };
}
