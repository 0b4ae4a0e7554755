import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { LearnerPageCache } from './learner-page-cache';
import { serveLearnerPages } from './serve-learner-pages';

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * For the app server (scripts/app-server.ts): wraps `handle` so that, once `loadWhen` has resolved
 * and the database code has loaded, signed-in learners' pages are served from a LearnerPageCache
 * (serveLearnerPages, ADR 028), keyed with the build id in `root`'s `.next/BUILD_ID` so a redeploy
 * never sends a page of the old build. Until then every request is passed on, and for good when
 * the code or the build id cannot be read (said once). The database code is imported, not loaded
 * up front, for the reason the save code is (ADR 014, addendum "startup"): its packages take most
 * of a second to evaluate, and the server listens first.
 */
export function learnerPagesOnceLoaded(handle: Handler, root: string, loadWhen: Promise<void>): Handler {
  let serve: Handler = handle;
  void loadWhen.then(async () => {
    try {
      const { learnerPageReads } = await import('./learner-page-stamp');
      const buildId = readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8').trim();
      serve = serveLearnerPages(handle, new LearnerPageCache(), learnerPageReads, { buildId, development: false });
    } catch (error) {
      console.warn(`Learners' pages are rendered on every request: their cache could not start (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
    }
  });
  return (request, response) => serve(request, response);
}
