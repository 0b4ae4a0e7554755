import type { IncomingMessage, ServerResponse } from 'node:http';
import { captureBody, hashedCopy, sendCopy } from './capture-response';
import type { LearnerPageCache } from './learner-page-cache';
import { personalOrPartial } from './serve-from-page-cache';

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** What the learner-page cache reads from the database (learner-page-reads.ts in the app server). */
export interface LearnerPageReads {
  /**
   * Who the Cookie header signs in (readSessionFromCookieHeader): `{ userId }` with a string is the
   * only answer that may be sent a stored page; `{ userId: null }` and anything else (Auth.js must
   * decide) are passed to the renderer untouched.
   */
  readSession(cookieHeader: string | undefined): Promise<{ userId: string | null } | string>;
  /** The learner's change stamp at `now` (learnerPageStamp): equal stamps mean equal pages. */
  stamp(userId: string, now: Date): Promise<string>;
}

// A module or scenario id as scenario front matter allows it (ID_PATTERN in lib/scenario/frontmatter.ts):
// any other spelling (upper case, percent-encoded, a trailing slash) is not a candidate, so one page
// is never stored under two paths.
const contentId = '[a-z0-9]+(?:-[a-z0-9]+)*';
const learnerPages = [/^\/learn$/, new RegExp(`^/learn/${contentId}/${contentId}$`)];
/** `/learn/<module>/complete` is the completion page (a route of its own), not a scenario. */
const notScenarios = /^\/learn\/[^/]+\/complete$/;

/** Request headers that mean the answer is not the plain HTML page (the session cookie is read, not refused). */
const partial = personalOrPartial.filter((name) => name !== 'cookie');

/** The path when `request` may be answered from a learner's stored pages, else undefined. */
function candidatePath(request: IncomingMessage): string | undefined {
  const url = request.url ?? '';
  if (request.method !== 'GET' || typeof request.headers.cookie !== 'string') return undefined;
  if (partial.some((name) => request.headers[name] !== undefined)) return undefined;
  return learnerPages.some((page) => page.test(url)) && !notScenarios.test(url) ? url : undefined;
}

/**
 * Wraps the renderer's handler so a signed-in learner's `/learn` and scenario pages
 * (`/learn/<module>/<scenario>`) are rendered once per change of what they show and then sent
 * from memory (ADR 028). Only a GET with a Cookie header, no query and none of Next's
 * client-navigation or action headers is a candidate, and only when the session read from that
 * header (every request, so a signed-out, expired or suspended session is passed on at once) names
 * a user. The copy is found by user id, path and change stamp (which includes `buildId`); a miss
 * is rendered, and its answer kept when it is a 200 HTML page that sets no cookie and the stamp did
 * not move while it rendered (the render itself may write: a scenario's first visit opens an
 * attempt). A stored copy lists hashes instead of the render's nonce, as ADR 025's copies do.
 * A database that does not answer passes the request on: the renderer's own error page says so.
 */
export function serveLearnerPages(handle: Handler, cache: LearnerPageCache, reads: LearnerPageReads, options: { buildId: string; development: boolean; now?: () => Date }): Handler {
  const now = options.now ?? (() => new Date());
  const stampOf = async (userId: string) => `${options.buildId}\u0000${await reads.stamp(userId, now())}`;
  return async (request, response) => {
    const path = candidatePath(request);
    if (path === undefined) return handle(request, response);
    let userId: string;
    let stamp: string;
    try {
      const reading = await reads.readSession(request.headers.cookie);
      if (typeof reading !== 'object' || typeof reading.userId !== 'string') return handle(request, response);
      userId = reading.userId;
      stamp = await stampOf(userId);
    } catch {
      return handle(request, response);
    }
    const found = cache.find(userId, path, stamp);
    if (found) {
      sendCopy(response, found);
      return;
    }
    // Stored bodies are plain: a compressed one could not have its scripts hashed.
    delete request.headers['accept-encoding'];
    const chunks = captureBody(response);
    response.once('close', () => {
      if (!response.writableFinished || response.statusCode !== 200) return;
      const page = hashedCopy(response, Buffer.concat(chunks), options);
      if (!page) return;
      stampOf(userId).then(
        (after) => {
          if (after === stamp) cache.store(userId, path, stamp, page);
        },
        () => undefined,
      );
    });
    return handle(request, response);
  };
}
