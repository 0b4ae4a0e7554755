import 'server-only';
import type { IncomingMessage } from 'node:http';
import { apiResponseHeaders } from '@/lib/security/response-headers.mjs';
import { ASK_AUTH_JS, type SessionReading } from '@/lib/server/auth/read-session-by-token';
import { readNodeBody } from '@/lib/server/http/read-capped-body';
import { answerDecisionSave, DECISION_BODY_MAX_BYTES, decisionSaveAnswerHeaders } from './answer-decision-save';
import type { DecisionSaveServer } from './app-server-saves';
import { readSessionAndOwnAttempt, type OwnAttempt } from './read-own-attempt';

/**
 * A decision save answered on Node's request and response by the app server (app-server-saves.ts),
 * without Next.js: answerDecisionSave, the function the Next.js route calls too, with the `/api`
 * headers next.config.mjs gives that route (lib/security/response-headers.mjs).
 *
 * The session is read first, from the request's Cookie header by the rules every page uses, with
 * the attempt in the same statement (readSessionAndOwnAttempt: two round trips a save, not three). Whenever Auth.js must decide (no session cookie, two of them, a
 * session that has expired or is due for its idle extension) it calls
 * `handOver` before reading anything else, so the Next.js route gets the untouched request and
 * sessions are only ever changed by Auth.js.
 */
export const answerDecisionSaveOverNode: DecisionSaveServer = async (request, response, attemptId, handOver) => {
  const { session, attempt } = await readSession(request, attemptId);
  if (session === ASK_AUTH_JS) {
    handOver();
    return;
  }
  const answer = await answerDecisionSave({
    attemptId,
    origin: request.headers.origin,
    contentType: request.headers['content-type'],
    readBody: () => readNodeBody(request, { maxBytes: DECISION_BODY_MAX_BYTES, what: 'The decision' }),
    signedInUserId: async () => {
      if ('error' in session) throw session.error;
      return session.userId;
    },
    ownAttempt: attempt,
  });
  const body = JSON.stringify(answer.body);
  const headers: Record<string, string | number> = { ...decisionSaveAnswerHeaders, 'Content-Length': Buffer.byteLength(body) };
  for (const { key, value } of apiResponseHeaders) headers[key] = value;
  response.writeHead(answer.status, headers);
  response.end(body);
};

/**
 * The session the request's cookie names and attempt `attemptId` when it signs someone in, or the
 * error reading them raised: kept for the moment
 * the save asks who is signed in, so a storage fault is answered in its turn (after the Origin and
 * body checks), as the route answers it.
 */
async function readSession(request: IncomingMessage, attemptId: string): Promise<{ session: SessionReading | { error: unknown }; attempt?: OwnAttempt | null }> {
  try {
    return await readSessionAndOwnAttempt(request.headers.cookie, attemptId);
  } catch (error) {
    return { session: { error } };
  }
}
