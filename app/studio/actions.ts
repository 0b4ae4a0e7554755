'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toActionFailure, type ActionFailure } from '@/lib/errors';
import { validationFailure } from '@/lib/forms/form-state';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { createDraft } from '@/lib/server/studio/create-draft';
import { chosen } from '@/lib/forms/id-schema';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const newDraftSchema = z.discriminatedUnion('from', [
  z.object({
    from: z.literal('template'),
    scenarioId: z.string().trim().max(80, 'Keep the id under 80 characters.').regex(ID, 'The id uses lower-case letters, digits and single hyphens, e.g. "holiday-photos".'),
    moduleId: chosen('a module', z.string()),
  }),
  z.object({ from: z.literal('copy'), scenarioId: z.string().trim().min(1, 'Choose a scenario to copy.') }),
], { error: 'Start from the template or from a published scenario.' });

/** Authors: creates a draft from the blank template or a copy of a published scenario, then opens it. */
export async function createDraftAction(_previous: ActionFailure | null, formData: FormData): Promise<ActionFailure | null> {
  const parsed = newDraftSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return validationFailure(parsed.error);
  let draftId: string;
  try {
    const user = await requireUser();
    if (!can(user, 'studio.write')) return { ok: false, code: 'FORBIDDEN', message: 'Only authors can start a scenario.' };
    const origin = parsed.data.from === 'template' ? { kind: 'template' as const, ...parsed.data } : { kind: 'copy' as const, scenarioId: parsed.data.scenarioId };
    draftId = (await createDraft({ userId: user.id, origin })).id;
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/studio/drafts/${draftId}`);
}
