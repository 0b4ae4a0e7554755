import { answerDecisionSave, DECISION_BODY_MAX_BYTES, decisionSaveAnswerHeaders } from '@/lib/server/attempts/answer-decision-save';
import { offerDecisionSavesToAppServer } from '@/lib/server/attempts/app-server-saves';
import { answerDecisionSaveOverNode } from '@/lib/server/attempts/serve-decision-saves';
import { getSignedInUserId } from '@/lib/server/auth/signed-in-user-id';
import { readWebBody } from '@/lib/server/http/read-capped-body';

// Every save is a write: never cached, never prerendered.
export const dynamic = 'force-dynamic';

// Under `npm start`, once Next.js has loaded this module, the app server answers saves itself with
// this same code, past Next.js's routing and route runtime (ADR 026's addendum "save-speed"); it
// hands a save here when Auth.js must read the session. Under `next dev` this route answers all.
offerDecisionSavesToAppServer(answerDecisionSaveOverNode);

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
