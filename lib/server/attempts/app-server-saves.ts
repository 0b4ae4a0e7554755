import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Node.js request handler, as the app server chains them. */
export type NodeHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * Answers one decision save on Node's request and response, or calls `handOver` to leave it to
 * Next.js untouched (see answerDecisionSaveOverNode). `attemptId` is the path's id, decoded.
 */
export type DecisionSaveServer = (request: IncomingMessage, response: ServerResponse, attemptId: string, handOver: () => unknown) => Promise<void>;

// Symbol.for and globalThis: the app server (compiled by tsx) and Next.js's bundle of the route
// (compiled by Turbopack) each load their own copy of this module, and must meet in one slot.
const slot = Symbol.for('postwise.decisionSaveServer');
const holder = globalThis as unknown as Record<typeof slot, DecisionSaveServer | undefined>;

/**
 * Called by the decision save route's module when Next.js loads it: from then on the app server
 * answers saves with `server`, the route's own code (ADR 026's addendum "save-speed").
 */
export function offerDecisionSavesToAppServer(server: DecisionSaveServer): void {
  holder[slot] = server;
}

/** `POST /api/attempts/:attemptId/decisions`; the id is one path segment, as the route's `[attemptId]`. */
const decisionSavePath = /^\/api\/attempts\/([^/?]+)\/decisions(?:\?|$)/;

/**
 * Wraps the app server's request handler so that decision saves skip Next.js's routing and
 * route-handler runtime, which cost more CPU per save than the save itself (issue 19). Once Next.js
 * has loaded the route's module (which offers its code, offerDecisionSavesToAppServer), a save is
 * answered here by that same code; until then, and for every other request or a path whose id does
 * not decode, `handle` serves it as before.
 */
export function serveDecisionSaves(handle: NodeHandler): NodeHandler {
  return (request, response) => {
    const server = holder[slot];
    const match = server && request.method === 'POST' ? decisionSavePath.exec(request.url ?? '') : null;
    const attemptId = match ? decodedSegment(match[1]!) : undefined;
    if (!server || attemptId === undefined) return handle(request, response);
    return server(request, response, attemptId, () => handle(request, response));
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
