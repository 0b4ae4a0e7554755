import { answerDecisionSave, DECISION_BODY_MAX_BYTES, decisionSaveAnswerHeaders } from '@/lib/server/attempts/answer-decision-save';
import { getSignedInUserId } from '@/lib/server/auth/signed-in-user-id';
import { readWebBody } from '@/lib/server/http/read-capped-body';

// Every save is a write: never cached, never prerendered.
export const dynamic = 'force-dynamic';

// Under `npm start` the app server answers saves itself with the same answerDecisionSave, in its own
// process (ADR 027); it hands a save here when Auth.js must read the session, and this route answers
// every save under `next dev`.

/**
 * POST /api/attempts/:attemptId/decisions — records one decision of the signed-in learner's own
 * attempt; answerDecisionSave has the rules and every answer.
 */
export async function POST(request: Request, context: { params: Promise<{ attemptId: string }> }): Promise<Response> {
  const answer = await answerDecisionSave({
    attemptId: (await context.params).attemptId,
    origin: request.headers.get('origin'),
    contentType: request.headers.get('content-type'),
    readBody: () => readWebBody(request, { maxBytes: DECISION_BODY_MAX_BYTES, what: 'The decision' }),
    signedInUserId: getSignedInUserId,
  });
  return Response.json(answer.body, { status: answer.status, headers: decisionSaveAnswerHeaders });
}
