import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Node.js request handler, as the app server chains them. */
export type NodeHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * Answers one decision save on Node's request and response, or calls `handOver` to leave it to
 * Next.js untouched (see answerDecisionSaveOverNode). `attemptId` is the path's id, decoded.
 */
export type DecisionSaveServer = (request: IncomingMessage, response: ServerResponse, attemptId: string, handOver: () => unknown) => Promise<void>;

/** `POST /api/attempts/:attemptId/decisions`; the id is one path segment, as the route's `[attemptId]`. */
const decisionSavePath = /^\/api\/attempts\/([^/?]+)\/decisions(?:\?|$)/;

/**
 * Wraps the app server's request handler so that decision saves are answered in the app server's
 * own process by `answer` (serve-decision-saves.ts, the code the Next.js route runs too): past
 * Next.js's routing and route runtime, which cost more CPU per save than the save itself (issue 19),
 * and away from the page renderer's event loop, where a long render held saves back (issue 18,
 * ADR 027). Every other request, and a save whose path id does not decode, goes to `handle`;
 * `answer` hands a save to `handle` itself when Auth.js must read its session.
 */
export function serveDecisionSaves(handle: NodeHandler, answer: DecisionSaveServer): NodeHandler {
  return (request, response) => {
    const match = request.method === 'POST' ? decisionSavePath.exec(request.url ?? '') : null;
    const attemptId = match ? decodedSegment(match[1]!) : undefined;
    if (attemptId === undefined) return handle(request, response);
    return answer(request, response, attemptId, () => handle(request, response));
  };
}

/** A path segment decoded as Next.js decodes route parameters; undefined when it does not decode. */
function decodedSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
