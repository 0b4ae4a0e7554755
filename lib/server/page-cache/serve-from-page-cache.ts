import type { IncomingMessage, ServerResponse } from 'node:http';
import { captureBody, hashedCopy, sendCopy } from './capture-response';
import type { CachedPage, PageCache } from './page-cache';

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * Pages that show every visitor without cookies the same thing, when they answer 200: the home
 * page, the library's first page (its other pages have a query, which is never cached) and a
 * certificate's verification page (its normalised code; other spellings redirect).
 * Any path answering 404 is cached too: the not-found page is the same for everyone.
 */
const publicPages = [/^\/$/, /^\/library$/, /^\/verify\/[A-Z0-9-]+$/];

/** Request headers that mean the answer is not the plain HTML page: client navigations, actions, credentials. */
export const personalOrPartial = ['cookie', 'authorization', 'rsc', 'next-action', 'next-url', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch'];

/**
 * Wraps Next.js's request handler so a page that is the same for every visitor without cookies is
 * rendered once per PAGE_FRESH_MS and then sent from memory. Only GETs with no cookie, no
 * credentials, no query and none of Next's client-navigation headers are candidates, so a
 * signed-in learner (who always carries the session cookie) is never sent a cached page and their
 * pages are never stored. A stored page loses its per-request nonce: its inline scripts and styles
 * are allowed by their hashes instead (hashInlineContent), so the policy stays free of 'unsafe-inline'.
 */
export function serveFromPageCache(handle: Handler, cache: PageCache, options: { development: boolean }): Handler {
  return (request, response) => {
    const url = request.url ?? '';
    if (request.method !== 'GET' || url.includes('?') || personalOrPartial.some((name) => request.headers[name] !== undefined)) {
      return handle(request, response);
    }
    const found = cache.take(url);
    if ('page' in found) {
      sendCopy(response, found.page);
      return;
    }
    // Stored bodies are plain: a compressed one could not have its scripts hashed.
    delete request.headers['accept-encoding'];
    const chunks = captureBody(response);
    response.once('close', () => {
      cache.store(url, found.ticket, response.writableFinished ? cacheable(url, response, Buffer.concat(chunks), options) : undefined);
    });
    return handle(request, response);
  };
}

/** The page to store, or undefined when this answer must not be shared between visitors. */
function cacheable(url: string, response: ServerResponse, body: Buffer, options: { development: boolean }): CachedPage | undefined {
  const status = response.statusCode;
  if (!(status === 404 || (status === 200 && publicPages.some((page) => page.test(url))))) return undefined;
  return hashedCopy(response, body, options);
}
