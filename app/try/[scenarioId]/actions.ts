'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { firstIssueFailure } from '@/lib/forms/form-state';
import { contentIdSchema } from '@/lib/forms/id-schema';
import { AppError, toActionFailure, type ActionFailure } from '@/lib/errors';
import type { CheckResult } from '@/lib/scenario/definition';
import { readTrialPath, trialPathQuery } from '@/lib/play/trial-path';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { saveTrialPath } from '@/lib/server/attempts/save-trial-path';
import { checkTrialReply } from '@/lib/server/catalogue/check-trial-reply';

const inputSchema = z.object({
  scenarioId: z.string().min(1).max(200),
  sceneId: z.string().min(1).max(200),
  text: z.string().max(5_000, 'Your reply is too long to check.'),
});

/** Checks a reply written in the public trial; saves nothing. */
export async function checkReply(scenarioId: string, sceneId: string, text: string): Promise<{ ok: true; results: CheckResult[] } | ActionFailure> {
  try {
    const input = inputSchema.safeParse({ scenarioId, sceneId, text });
    if (!input.success) return firstIssueFailure(input.error);
    const results = await checkTrialReply(input.data);
    if (!results) throw new AppError('NOT_FOUND', 'This scene no longer asks for a written reply. Reload the page to carry on.');
    return { ok: true, results };
  } catch (error) {
    return toActionFailure(error);
  }
}

/**
 * Signed in: saves the trial carried in the form (`scenarioId`, `v`, `seed`, `path`, as in the save
 * link) as the learner's attempt, replayed by the server (saveTrialPath), and opens it. A
 * malformed, stale or tampered path, or a scenario already in progress, is refused with a message
 * and nothing is saved. A play saved before (the link opened again, a double submit) writes
 * nothing and goes back to the save page, which says so and links to the saved attempt.
 */
export async function saveTrialAction(_previous: ActionFailure | null, formData: FormData): Promise<ActionFailure | null> {
  let destination: string;
  try {
    const scenarioId = contentIdSchema.safeParse(formData.get('scenarioId'));
    const path = readTrialPath({ v: String(formData.get('v') ?? ''), seed: String(formData.get('seed') ?? ''), path: String(formData.get('path') ?? '') });
    if (!scenarioId.success || !path) throw new AppError('VALIDATION', 'This link does not carry a trial that can be saved. Start the scenario fresh instead.');
    const user = await requireUser();
    const saved = await saveTrialPath({ userId: user.id, scenarioId: scenarioId.data, path });
    destination = saved.savedBefore ? `/try/${saved.scenarioId}/save?${trialPathQuery(path)}` : `/learn/${saved.moduleId}/${saved.scenarioId}`;
  } catch (error) {
    return toActionFailure(error);
  }
  redirect(destination);
}
