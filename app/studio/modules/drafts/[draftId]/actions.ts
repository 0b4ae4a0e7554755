'use server';

import { z } from 'zod';
import { AppError, toActionFailure, type ActionFailure } from '@/lib/errors';
import { formatUkDateTime } from '@/lib/cpd/plain-date';
import { validationFailure } from '@/lib/forms/form-state';
import { recordIdSchema } from '@/lib/forms/id-schema';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { saveModuleDraft } from '@/lib/server/studio/save-module-draft';
import { moduleFieldsSchema, readModuleFields, type ModuleFields } from '@/lib/studio/modules/module-fields';
import { submitForReview } from '../../../review-actions';

const baseRevisionSchema = z.coerce
  .number({ error: 'The revision this form was based on is missing; reload the page.' })
  .int()
  .min(1, 'The revision this form was based on is missing; reload the page.');

/** What the module form shows after a save. */
export type SaveModuleDraftState =
  | null
  | { ok: true; revision: number; message: string }
  | (ActionFailure & { conflict?: { revision: number; theirs: ModuleFields | null } });

/** The form's fields as the browser sent them, in the shape moduleFieldsSchema reads. */
function fieldsFrom(formData: FormData) {
  const text = (name: string) => String(formData.get(name) ?? '');
  return {
    title: text('title'),
    provider: text('provider'),
    description: text('description'),
    aims: text('aims'),
    objectives: text('objectives').split(/\r?\n/),
    outcomes: formData.getAll('outcomes').map(String),
    hours: text('hours'),
    scenarios: formData.getAll('scenarios').map(String),
    qualityAssurance: { by: text('qaBy'), statement: text('qaStatement') },
    recommendedTopics: text('recommendedTopics').split(/\r?\n/),
  };
}

/** The form input a schema path was read from (fieldsFrom's names), so each refusal shows on it. */
function inputNameOf(path: PropertyKey[]): string {
  const [field, part] = path;
  if (field === 'qualityAssurance') return part === 'statement' ? 'qaStatement' : 'qaBy';
  return String(field ?? 'form');
}

/**
 * Authors: writes the form into the module.yaml of revision `baseRevision` and saves it as the next
 * revision. When someone saved since, nothing is saved: the state names who and when and carries
 * their fields; the author's own stay in the form, and the next save is based on the newer revision.
 */
export async function saveModuleDraftAction(draftId: string, _previous: SaveModuleDraftState, formData: FormData): Promise<SaveModuleDraftState> {
  const id = recordIdSchema.safeParse(draftId);
  if (!id.success) return { ok: false, code: 'VALIDATION', message: 'No draft was given.' };
  const base = baseRevisionSchema.safeParse(formData.get('baseRevision'));
  if (!base.success) return { ok: false, code: 'VALIDATION', message: base.error.issues[0]?.message ?? 'Reload the page.' };
  const fields = moduleFieldsSchema.safeParse(fieldsFrom(formData));
  if (!fields.success) return validationFailure(fields.error, undefined, inputNameOf);
  try {
    const user = await requireUser();
    if (!can(user, 'studio.write')) throw new AppError('FORBIDDEN', 'Only authors can save module drafts.');
    const result = await saveModuleDraft({ userId: user.id, draftId: id.data, baseRevision: base.data, fields: fields.data });
    if (!result.saved) {
      const { newer } = result;
      return {
        ok: false,
        code: 'CONFLICT',
        message: `${newer.savedBy} saved a newer revision (${newer.number}) at ${formatUkDateTime(newer.savedAt)}; nothing was overwritten. Your changes are kept in the form: compare them with theirs below, then save again to make yours the next revision.`,
        conflict: { revision: newer.number, theirs: readModuleFields(newer.source) ?? null },
      };
    }
    return { ok: true, revision: result.revision, message: `Saved as revision ${result.revision}.` };
  } catch (error) {
    return toActionFailure(error);
  }
}

/** Authors: sends the module draft for review, then shows its review page. */
export async function submitModuleDraftAction(draftId: string): Promise<void> {
  await submitForReview(draftId, (id) => `/studio/modules/drafts/${id}/review`);
}
