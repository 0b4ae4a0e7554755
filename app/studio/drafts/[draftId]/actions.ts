'use server';

import { z } from 'zod';
import { AppError, toActionFailure, type ActionFailure, type AppErrorCode } from '@/lib/errors';
import { formatUkDateTime } from '@/lib/cpd/plain-date';
import { can } from '@/lib/permissions';
import type { CheckResult, Diagnostic } from '@/lib/scenario/definition';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { compileDraft } from '@/lib/server/studio/compile-draft';
import { saveDraft } from '@/lib/server/studio/save-draft';
import { checkDraftReply as judgeDraftReply, testDraft } from '@/lib/server/studio/test-draft';
import type { ScenarioTestReport } from '@/lib/studio/test-scenario';
import { submitForReview } from '../../review-actions';
import { countOf } from '@/lib/text/plural';

/** The largest draft text accepted (the longest library scenario is about 40 kB). */
const MAX_SOURCE = 400_000;

const draftIdSchema = z.string().trim().min(1, 'No draft was given.').max(100);
const sourceSchema = z.string({ error: 'The scenario source is missing.' }).max(MAX_SOURCE, 'The scenario is too long to save (400,000 characters at most).');
const saveSchema = z.object({
  source: sourceSchema,
  baseRevision: z.coerce.number({ error: 'The revision this text was based on is missing.' }).int().min(1, 'The revision this text was based on is missing.'),
});

/** What the save form shows after a save. */
export type SaveDraftState =
  | null
  | { ok: true; revision: number; source: string; message: string; diagnostics: Diagnostic[] }
  | (ActionFailure & { conflict?: { revision: number; source: string; keptSource: string } });

/**
 * Authors: saves the text as a new revision based on `baseRevision`, then compiles it and returns the
 * diagnostics. When someone saved since, nothing is saved: the state names who and when, keeps the
 * author's text and carries the newer revision, so the next save is a deliberate one.
 */
export async function saveDraftAction(draftId: string, _previous: SaveDraftState, formData: FormData): Promise<SaveDraftState> {
  const parsed = saveSchema.safeParse({ source: formData.get('source'), baseRevision: formData.get('baseRevision') });
  const id = draftIdSchema.safeParse(draftId);
  if (!id.success) return { ok: false, code: 'VALIDATION', message: id.error.issues[0]?.message ?? 'No draft was given.' };
  if (!parsed.success) return { ok: false, code: 'VALIDATION', message: parsed.error.issues[0]?.message ?? 'Invalid request.' };
  try {
    const user = await requireUser();
    if (!can(user, 'studio.write')) throw new AppError('FORBIDDEN', 'Only authors can save drafts.');
    const result = await saveDraft({ userId: user.id, draftId: id.data, baseRevision: parsed.data.baseRevision, source: parsed.data.source });
    if (!result.saved) {
      const { newer } = result;
      return {
        ok: false,
        code: 'CONFLICT',
        message: `${newer.savedBy} saved a newer revision (${newer.number}) at ${formatUkDateTime(newer.savedAt)}; nothing was overwritten. Your text is kept below: compare it with theirs, then save again to make yours the next revision.`,
        conflict: { revision: newer.number, source: newer.source, keptSource: parsed.data.source },
      };
    }
    const { diagnostics } = compileDraft(parsed.data.source);
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    return {
      ok: true,
      revision: result.revision,
      source: parsed.data.source,
      diagnostics,
      message: `Saved as revision ${result.revision}. ${errors === 0 ? 'It compiles without errors.' : `The compiler found ${countOf(errors, 'error')}: see below.`}`,
    };
  } catch (error) {
    return toActionFailure(error);
  }
}

/** What "Run every path" shows. */
export type RunPathsState = null | { ok: true; diagnostics: Diagnostic[]; report?: ScenarioTestReport } | ActionFailure;

/** Authors: runs `scenario test`'s checks on the text as typed (not saved) and lists failures with their paths. */
export async function runEveryPathAction(draftId: string, _previous: RunPathsState, formData: FormData): Promise<RunPathsState> {
  const id = draftIdSchema.safeParse(draftId);
  const source = sourceSchema.safeParse(formData.get('source'));
  if (!id.success || !source.success) return { ok: false, code: 'VALIDATION', message: 'The draft or its text is missing.' };
  try {
    const user = await requireUser();
    if (!can(user, 'studio.write')) throw new AppError('FORBIDDEN', 'Only authors can run the play test.');
    return { ok: true, ...(await testDraft({ userId: user.id, draftId: id.data, source: source.data })) };
  } catch (error) {
    return toActionFailure(error);
  }
}

/** Authors: sends the draft for review, then shows it again. */
export async function submitDraftAction(draftId: string): Promise<void> {
  await submitForReview(draftId, (id) => `/studio/drafts/${id}/review`);
}

const replySchema = z.object({
  source: sourceSchema,
  sceneId: z.string().trim().min(1, 'Name the scene with the <Compose>.').max(200),
  text: z.string({ error: 'The reply is missing.' }).max(5_000, 'Keep the reply under 5,000 characters.'),
});

/**
 * Studio roles: judges a written reply to a `<Compose>` of the draft text on the server (ADR 008),
 * for the editor's preview. Bound to the draft on the page: `checkDraftReply.bind(null, draft.id)`.
 */
export async function checkDraftReply(
  draftId: string,
  input: { source: string; sceneId: string; text: string },
): Promise<{ ok: true; passed: boolean; results: CheckResult[] } | { ok: false; message: string; code?: AppErrorCode }> {
  const id = draftIdSchema.safeParse(draftId);
  const parsed = replySchema.safeParse(input);
  if (!id.success) return { ok: false, code: 'VALIDATION', message: 'No draft was given.' };
  if (!parsed.success) return { ok: false, code: 'VALIDATION', message: parsed.error.issues[0]?.message ?? 'Invalid reply.' };
  try {
    const user = await requireUser();
    if (!can(user, 'studio.view')) throw new AppError('FORBIDDEN', 'Only authors and reviewers can check replies in the studio.');
    return { ok: true, ...(await judgeDraftReply({ userId: user.id, draftId: id.data, ...parsed.data })) };
  } catch (error) {
    const { code, message } = toActionFailure(error);
    return { ok: false, code, message };
  }
}
