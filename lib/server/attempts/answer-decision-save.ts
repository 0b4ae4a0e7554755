import 'server-only';
import { AppError, appErrorStatus, toActionFailure, type ActionFailure } from '@/lib/errors';
import { firstIssueFailure } from '@/lib/forms/form-state';
import type { AttemptEndedFailure } from '@/lib/play/save-limits';
import { publicOrigin } from '@/lib/server/http/public-origin';
import { asUrgentWork } from '@/lib/server/scheduling/urgent-work';
import { decisionInputSchema } from './decision-input';
import type { OwnAttempt } from './read-own-attempt';
import { recordDecision, type RecordDecisionResult } from './record-decision';

/**
 * One `POST /api/attempts/:attemptId/decisions` as either server hands it over: the Next.js route
 * (app/api/attempts/[attemptId]/decisions/route.ts) or the app server's own answer
 * (lib/server/attempts/serve-decision-saves.ts). Only what the rules need; `readBody` and
 * `signedInUserId` are called at most once, and only once the request has passed the checks before them.
 */
export interface DecisionSaveRequest {
  /** The `:attemptId` segment of the path, decoded. */
  attemptId: string;
  /** The request's Origin and Content-Type headers (null or undefined when absent). */
  origin: string | null | undefined;
  contentType: string | null | undefined;
  /** The whole request body as text. */
  readBody: () => Promise<string>;
  /** Who the session signs in (null: nobody); throws AppError('STORAGE_UNAVAILABLE') on outages. */
  signedInUserId: () => Promise<string | null>;
  /**
   * The attempt as read together with the session, for the user signedInUserId gives
   * (readSessionAndOwnAttempt; null: none of theirs); undefined, the save reads it itself.
   */
  ownAttempt?: OwnAttempt | null;
}

/** What a decision save answers: an HTTP status and the JSON body the player reads (its RecordResult). */
export interface DecisionSaveAnswer {
  status: number;
  body: Extract<RecordDecisionResult, { ok: true }> | ActionFailure | AttemptEndedFailure;
}

/**
 * The response headers every decision save answer carries besides the `/api` security headers
 * (lib/security/response-headers.mjs): JSON, and never stored, since every save is a write.
 */
export const decisionSaveAnswerHeaders = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } as const;

/**
 * The largest decision body read, in bytes. A decision is a few hundred bytes (the longest written
 * reply is far under it); a body without a limit let anyone, signed in or not, make the server
 * buffer hundreds of megabytes (attack review of stop 26). Both readers enforce it
 * (lib/server/http/read-capped-body.ts).
 */
export const DECISION_BODY_MAX_BYTES = 16 * 1024;

/**
 * Records one decision of the signed-in learner's own attempt (the player's save, issue 19). Body:
 * JSON `{ sequence, event, activeSecondsDelta }` (decisionInputSchema). Answers, in this order of checks:
 * - 403 FORBIDDEN when Origin is not the configured public origin (a missing one included: every
 *   browser sends one on a fetch POST; server actions refuse other origins, a route must itself);
 * - 400 VALIDATION when the body is not `application/json`, not a JSON object, or breaks the schema
 *   (naming the first rule it breaks);
 * - 401 UNAUTHENTICATED without a session; 404 NOT_FOUND for no such attempt or someone else's;
 *   400 when the machine says the event is not possible; 503 STORAGE_UNAVAILABLE on an outage;
 * - 409 `{ ok: false, code: 'CONFLICT' }` when another tab or a double click got there first;
 * - 429 RATE_LIMITED past the save rate limit, and 409 `{ ok: false, code: 'CONFLICT', ended: true }`
 *   when the attempt ended at the most decisions one attempt records (ADR 029);
 * - 200 `{ ok: true, sequence, snapshot, checkResults? }` when recorded.
 * Nothing is written on any refusal. Never throws: unknown errors become a logged 500 INTERNAL.
 */
export async function answerDecisionSave(request: DecisionSaveRequest): Promise<DecisionSaveAnswer> {
  try {
    if (request.origin !== publicOrigin()) {
      throw new AppError('FORBIDDEN', 'This decision was sent from another site, so it was not saved. Open the scenario on Postwise to carry on.');
    }
    const body = await readJsonObject(request);
    const input = decisionInputSchema.safeParse({ ...body, attemptId: request.attemptId });
    if (!input.success) return failure(firstIssueFailure(input.error));
    const userId = await request.signedInUserId();
    if (!userId) throw new AppError('UNAUTHENTICATED', 'Your session has ended. Sign in again to carry on; your progress is saved.');
    // Urgent only now, once the body is read and the session known: a request nobody signed in
    // for, or a body trickled in slowly, must not hold the owners' reports back (urgent-work.ts).
    const result = await asUrgentWork(() => recordDecision({ userId, ...input.data, attempt: request.ownAttempt }));
    if (result.ok) return { status: 200, body: result };
    if (result.reason === 'too-fast') return failure({ ok: false, code: 'RATE_LIMITED', message: result.message });
    if (result.reason === 'ended') return { status: appErrorStatus.CONFLICT, body: { ok: false, code: 'CONFLICT', message: result.message, ended: true } };
    return failure({ ok: false, code: 'CONFLICT', message: result.message });
  } catch (error) {
    return failure(toActionFailure(error));
  }
}

/** The request's JSON object body; VALIDATION naming the problem when it is not one. */
async function readJsonObject(request: DecisionSaveRequest): Promise<Record<string, unknown>> {
  if (!request.contentType?.toLowerCase().startsWith('application/json')) {
    throw new AppError('VALIDATION', 'The decision must be sent as JSON (Content-Type: application/json).');
  }
  // Read outside the parse: a body refused for its size says so, not that it is bad JSON.
  const text = await request.readBody();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION', 'The decision could not be read: the request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError('VALIDATION', 'The decision must be a JSON object with sequence, event and activeSecondsDelta.');
  }
  return body as Record<string, unknown>;
}

/** A refusal as the player reads it, with the HTTP status its code maps to. */
function failure(refusal: ActionFailure): DecisionSaveAnswer {
  return { status: appErrorStatus[refusal.code], body: refusal };
}
