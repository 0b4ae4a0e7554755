'use server';

import { z } from 'zod';
import { firstIssueFailure } from '@/lib/forms/form-state';
import { AppError, toActionFailure, type ActionFailure } from '@/lib/errors';
import type { CheckResult } from '@/lib/scenario/definition';
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
