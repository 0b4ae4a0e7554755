'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toActionFailure, type ActionFailure } from '@/lib/errors';
import { firstIssueFailure } from '@/lib/forms/form-state';
import { contentIdSchema } from '@/lib/forms/id-schema';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { createModuleDraft } from '@/lib/server/studio/create-module-draft';

const newModuleDraftSchema = z.object({ moduleId: contentIdSchema });

/** Authors: starts a draft of a module from its latest published module.yaml, then opens it. */
export async function createModuleDraftAction(_previous: ActionFailure | null, formData: FormData): Promise<ActionFailure | null> {
  const parsed = newModuleDraftSchema.safeParse({ moduleId: formData.get('moduleId') ?? '' });
  if (!parsed.success) return firstIssueFailure(parsed.error);
  let draftId: string;
  try {
    const user = await requireUser();
    if (!can(user, 'studio.write')) return { ok: false, code: 'FORBIDDEN', message: 'Only authors can edit a module.' };
    draftId = (await createModuleDraft({ userId: user.id, moduleId: parsed.data.moduleId })).id;
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/studio/modules/drafts/${draftId}`);
}
