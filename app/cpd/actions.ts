'use server';

import { redirect } from 'next/navigation';
import type { NoticeKey } from '@/lib/forms/notices';
import { z } from 'zod';
import { AppError, toActionFailure, type ActionFailure } from '@/lib/errors';
import { validationFailure } from '@/lib/forms/form-state';
import { recordIdSchema } from '@/lib/forms/id-schema';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { addPlannedCpd } from '@/lib/server/cpd-record/add-planned-cpd';
import { externalCpdInputSchema, plannedCpdInputSchema } from '@/lib/server/cpd-record/cpd-entry-schemas';
import { deleteExternalCpd } from '@/lib/server/cpd-record/delete-external-cpd';
import { deletePlannedCpd } from '@/lib/server/cpd-record/delete-planned-cpd';
import { saveExternalCpd } from '@/lib/server/cpd-record/save-external-cpd';

/** A CPD form's outcome: nothing yet, or a failure with what was typed (success redirects to /cpd). */
export type CpdFormState = null | (ActionFailure & { values: Record<string, string | string[]> });

function failure(error: unknown, values: Record<string, string | string[]>): CpdFormState {
  return { ...(error instanceof z.ZodError ? validationFailure(error) : toActionFailure(error)), values };
}

// A CPD record has one reader and writer, its learner: every query carries their `userId`, so an
// entry id from someone else's record matches nothing (NOT_FOUND).
const recordOwner = requireUser;

function done(notice: NoticeKey, anchor: string): never {
  redirect(`/cpd?${new URLSearchParams({ notice })}#${anchor}`);
}

/** Records CPD done with another provider, or updates one of the learner's entries when `id` is sent. */
export async function saveExternalCpdAction(_previous: CpdFormState, formData: FormData): Promise<CpdFormState> {
  const values = {
    id: String(formData.get('id') ?? ''),
    title: String(formData.get('title') ?? ''),
    provider: String(formData.get('provider') ?? ''),
    completedOn: String(formData.get('completedOn') ?? ''),
    hours: String(formData.get('hours') ?? ''),
    outcomes: formData.getAll('outcomes').map(String),
    reflectionDone: formData.get('reflectionDone') ? 'on' : '',
    sharedWithPractice: formData.get('sharedWithPractice') ? 'on' : '',
  };
  let updated: boolean;
  try {
    const input = externalCpdInputSchema.safeParse({ ...values, reflectionDone: values.reflectionDone || null, sharedWithPractice: values.sharedWithPractice || null });
    if (!input.success) return failure(input.error, values);
    const id = values.id ? recordIdSchema.parse(values.id) : undefined;
    const user = await recordOwner();
    await saveExternalCpd({ userId: user.id, id, entry: input.data });
    updated = Boolean(id);
  } catch (error) {
    return failure(error, values);
  }
  done(updated ? 'cpd-entry-updated' : 'cpd-entry-added', 'activities-heading');
}

/**
 * The id of the entry to delete, once the learner ticked the confirmation (`ConfirmCheckbox`'s
 * `confirm=yes`, as removing a member takes; a trial user found Delete took one click). Throws a
 * VALIDATION AppError (`missing`: what to say when no id came) or, for the tick, one filed under
 * `confirm`, so the form shows it under the box.
 */
function confirmedDeletion(formData: FormData, missing: string): string {
  const id = recordIdSchema.safeParse(formData.get('id'));
  if (!id.success) throw new AppError('VALIDATION', missing);
  if (formData.get('confirm') !== 'yes') throw new AppError('VALIDATION', 'Tick the box to confirm deleting the entry.', { field: 'confirm' });
  return id.data;
}

/** Deletes one of the learner's own external CPD entries, once they ticked the confirmation. */
export async function deleteExternalCpdAction(_previous: CpdFormState, formData: FormData): Promise<CpdFormState> {
  try {
    const id = confirmedDeletion(formData, 'No entry was chosen.');
    const user = await recordOwner();
    await deleteExternalCpd({ userId: user.id, id });
  } catch (error) {
    return failure(error, {});
  }
  done('cpd-entry-deleted', 'activities-heading');
}

/** Adds a planned activity to the learner's personal development plan. */
export async function addPlannedCpdAction(_previous: CpdFormState, formData: FormData): Promise<CpdFormState> {
  const values = {
    learningNeed: String(formData.get('learningNeed') ?? ''),
    fieldOfPractice: String(formData.get('fieldOfPractice') ?? ''),
    title: String(formData.get('title') ?? ''),
    outcomes: formData.getAll('outcomes').map(String),
    timeframe: String(formData.get('timeframe') ?? ''),
    notes: String(formData.get('notes') ?? ''),
  };
  try {
    const input = plannedCpdInputSchema.safeParse(values);
    if (!input.success) return failure(input.error, values);
    const user = await recordOwner();
    await addPlannedCpd({ userId: user.id, entry: input.data });
  } catch (error) {
    return failure(error, values);
  }
  done('plan-added', 'plan-heading');
}

/** Removes a line from the learner's own development plan, once they ticked the confirmation. */
export async function deletePlannedCpdAction(_previous: CpdFormState, formData: FormData): Promise<CpdFormState> {
  try {
    const id = confirmedDeletion(formData, 'No plan entry was chosen.');
    const user = await recordOwner();
    await deletePlannedCpd({ userId: user.id, id });
  } catch (error) {
    return failure(error, {});
  }
  done('plan-removed', 'plan-heading');
}
