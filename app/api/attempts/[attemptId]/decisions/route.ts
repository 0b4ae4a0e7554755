import { AppError, appErrorStatus, toActionFailure } from '@/lib/errors';
import { firstIssueFailure } from '@/lib/forms/form-state';
import { getSignedInUserId } from '@/lib/server/auth/signed-in-user-id';
import { decisionInputSchema } from '@/lib/server/attempts/decision-input';
import { recordDecision } from '@/lib/server/attempts/record-decision';
import { publicOrigin } from '@/lib/server/http/public-origin';
import { asUrgentWork } from '@/lib/server/scheduling/urgent-work';

// Every save is a write: never cached, never prerendered.
export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };

/**
 * POST /api/attempts/:attemptId/decisions — records one decision of the signed-in learner's own
 * attempt (the player's save, issue 19: a route handler costs less per save than the server action
 * it replaced, see ADR 024's addendum). Body: JSON `{ sequence, event, activeSecondsDelta }`
 * (decisionInputSchema). Answers JSON, the player's RecordResult:
 * - 200 `{ ok: true, sequence, snapshot, checkResults? }`: recorded;
 * - 409 `{ ok: false, code: 'CONFLICT' }`: another tab or a double click got there first;
 * - 400 VALIDATION naming what is wrong with the body, or the machine's reason the event is not possible;
 * - 401 UNAUTHENTICATED, 403 FORBIDDEN (sent from another origin), 404 NOT_FOUND (no such attempt,
 *   or someone else's), 503 STORAGE_UNAVAILABLE; nothing is written on any of these.
 */
export function POST(request: Request, context: { params: Promise<{ attemptId: string }> }): Promise<Response> {
  return asUrgentWork(() => answerSave(request, context));
}

async function answerSave(request: Request, context: { params: Promise<{ attemptId: string }> }): Promise<Response> {
  try {
    // Server actions refuse a POST from another site by its Origin; a route handler must do so itself.
    // A browser always sends Origin on a fetch POST, so its absence is refused too.
    if (request.headers.get('origin') !== publicOrigin()) {
      throw new AppError('FORBIDDEN', 'This decision was sent from another site, so it was not saved. Open the scenario on Postwise to carry on.');
    }
    const body = await readJson(request);
    const input = decisionInputSchema.safeParse({ ...body, attemptId: (await context.params).attemptId });
    if (!input.success) return answer(firstIssueFailure(input.error));
    const userId = await getSignedInUserId();
    if (!userId) throw new AppError('UNAUTHENTICATED', 'Your session has ended. Sign in again to carry on; your progress is saved.');
    const result = await recordDecision({ userId, ...input.data });
    return result.ok ? Response.json(result, { headers: noStore }) : answer({ ok: false, code: 'CONFLICT', message: result.message });
  } catch (error) {
    return answer(toActionFailure(error));
  }
}

/** The request's JSON object body; VALIDATION naming the problem when it is not one. */
async function readJson(request: Request): Promise<Record<string, unknown>> {
  if (!request.headers.get('content-type')?.toLowerCase().startsWith('application/json')) {
    throw new AppError('VALIDATION', 'The decision must be sent as JSON (Content-Type: application/json).');
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError('VALIDATION', 'The decision could not be read: the request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError('VALIDATION', 'The decision must be a JSON object with sequence, event and activeSecondsDelta.');
  }
  return body as Record<string, unknown>;
}

/** A failure as the player reads it, with the HTTP status its code maps to. */
function answer(failure: ReturnType<typeof toActionFailure>): Response {
  return Response.json(failure, { status: appErrorStatus[failure.code], headers: noStore });
}
