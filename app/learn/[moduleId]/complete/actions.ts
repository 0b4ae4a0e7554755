'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toActionFailure, type ActionFailure } from '@/lib/errors';
import { firstIssueFailure } from '@/lib/forms/form-state';
import { contentIdSchema } from '@/lib/forms/id-schema';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { issueCertificate } from '@/lib/server/certificates/issue-certificate';
import { publicOrigin } from '@/lib/server/http/public-origin';
import { MIN_REFLECTION_WORDS } from '@/lib/server/completion/reflection-minimum';
import { countWords } from '@/lib/text/count-words';
import { saveModuleFeedback } from '@/lib/server/completion/save-module-feedback';
import { saveReflection } from '@/lib/server/completion/save-reflection';

/** What a completion form action returns: nothing yet, or a failure to show (success redirects). */
export type CompletionFormState = null | ActionFailure;

const moduleId = contentIdSchema;

const reflectionSchema = z.object({
  moduleId,
  text: z
    .string()
    .trim()
    .max(10_000, 'Keep your reflection under 10,000 characters.')
    .refine((text) => countWords(text) >= MIN_REFLECTION_WORDS, {
      error: (issue) => `Write at least ${MIN_REFLECTION_WORDS} words; you have written ${countWords(String(issue.input))}.`,
    }),
});

/** Saves the learner's private reflection on the module (at least 50 words). Every learner writes only their own. */
export async function saveReflectionAction(_previous: CompletionFormState, formData: FormData): Promise<CompletionFormState> {
  let id: string;
  try {
    const input = reflectionSchema.safeParse({ moduleId: formData.get('moduleId'), text: formData.get('text') ?? '' });
    if (!input.success) return firstIssueFailure(input.error);
    id = input.data.moduleId;
    const user = await requireUser();
    await saveReflection({ userId: user.id, moduleId: id, text: input.data.text });
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/learn/${id}/complete?saved=reflection#reflection-heading`);
}

const feedbackSchema = z.object({
  moduleId,
  rating: z.coerce
    .number({ error: 'Choose a rating from 1 to 5.' })
    .int('Choose a rating from 1 to 5.')
    .min(1, 'Choose a rating from 1 to 5.')
    .max(5, 'Choose a rating from 1 to 5.'),
  comment: z.string().trim().min(3, 'Tell us, in a few words, what worked or what could be better.').max(2000, 'Keep your comment under 2,000 characters.'),
});

/** Saves the learner's rating and comment on the module, kept for quality assurance. */
export async function saveFeedbackAction(_previous: CompletionFormState, formData: FormData): Promise<CompletionFormState> {
  let id: string;
  try {
    const input = feedbackSchema.safeParse({
      moduleId: formData.get('moduleId'),
      rating: formData.get('rating') ?? undefined,
      comment: formData.get('comment') ?? '',
    });
    if (!input.success) return firstIssueFailure(input.error);
    id = input.data.moduleId;
    const user = await requireUser();
    await saveModuleFeedback({ userId: user.id, moduleId: id, rating: input.data.rating, comment: input.data.comment });
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/learn/${id}/complete?saved=feedback#feedback-heading`);
}

/** Issues the learner's certificate once every condition holds (or finds the one already issued) and opens it. */
export async function getCertificateAction(_previous: CompletionFormState, formData: FormData): Promise<CompletionFormState> {
  let code: string;
  try {
    const input = z.object({ moduleId }).safeParse({ moduleId: formData.get('moduleId') });
    if (!input.success) return firstIssueFailure(input.error);
    const user = await requireUser();
    ({ code } = await issueCertificate({ userId: user.id, moduleId: input.data.moduleId, origin: publicOrigin() }));
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(`/certificates/${code}`);
}
