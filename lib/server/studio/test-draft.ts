import 'server-only';
import { AppError } from '@/lib/errors';
import type { StudioAction } from '@/lib/permissions';
import type { CheckResult, Diagnostic } from '@/lib/scenario/definition';
import { runComposeChecks } from '@/lib/scenario/compose-checks';
import { db } from '@/lib/server/db/client';
import { testScenario, type ScenarioTestReport } from '@/lib/studio/test-scenario';
import { compileDraft } from './compile-draft';
import { requireStudioRole } from './studio-access';

/** "Run every path": the compiler's diagnostics, and the play test's report when it compiles. */
export interface DraftTestResult {
  diagnostics: Diagnostic[];
  report?: ScenarioTestReport;
}

/**
 * Runs `scenario test`'s checks on a draft's text (as typed, not necessarily saved): compile, then
 * the exhaustive play test and the written-reply examples. Nothing is saved. Authors only, on a
 * draft that exists. Throws FORBIDDEN or NOT_FOUND.
 */
export async function testDraft(options: { userId: string; draftId: string; source: string }): Promise<DraftTestResult> {
  await requireDraftAccess(options.userId, options.draftId, 'studio.write');
  const { definition, diagnostics } = compileDraft(options.source);
  return definition ? { diagnostics, report: testScenario(definition) } : { diagnostics };
}

/**
 * Judges a written reply to one `<Compose>` of a draft's text on the server (ADR 008), for the
 * editor's live preview and the reviewer's. Studio roles only. Throws FORBIDDEN or NOT_FOUND; a text that does not compile
 * or a scene without a `<Compose>` is a VALIDATION error naming the problem.
 */
export async function checkDraftReply(options: { userId: string; draftId: string; source: string; sceneId: string; text: string }): Promise<{ passed: boolean; results: CheckResult[] }> {
  await requireDraftAccess(options.userId, options.draftId, 'studio.view');
  const { definition } = compileDraft(options.source);
  if (!definition) throw new AppError('VALIDATION', 'The draft has errors; fix them before checking a reply.');
  const scene = definition.scenes.find((candidate) => candidate.id === options.sceneId);
  if (!scene || scene.decision.kind !== 'compose') throw new AppError('VALIDATION', `The draft has no <Compose> in a scene "${options.sceneId}".`);
  const results = runComposeChecks(options.text, scene.decision.compose);
  return { passed: results.every((result) => result.passed), results };
}

async function requireDraftAccess(userId: string, draftId: string, action: StudioAction): Promise<void> {
  await db.$transaction(async (tx) => {
    await requireStudioRole(tx, { userId, action });
    if ((await tx.scenarioDraft.count({ where: { id: draftId, kind: 'scenario' } })) === 0) throw new AppError('NOT_FOUND', 'There is no such draft.');
  });
}
