import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { LearnerPageCache } from './learner-page-cache';
import type * as LearnerPageStamp from './learner-page-stamp';
import { serveLearnerPages } from './serve-learner-pages';

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * For the app server (scripts/app-server.ts): a wrapper that serves signed-in learners' pages from
 * a LearnerPageCache (serveLearnerPages, ADR 028), keyed with the build id in `root`'s
 * `.next/BUILD_ID` so a redeploy never sends a page of the old build. The database code is loaded
 * with `load` (the app server's require, through its TypeScript hook and `react-server` condition);
 * when it or the build id cannot be read, the wrapper passes every request on and says why once.
 */
export function loadLearnerPages(load: (id: string) => unknown, root: string): (handle: Handler) => Handler {
  try {
    const { learnerPageReads } = load('@/lib/server/page-cache/learner-page-stamp') as typeof LearnerPageStamp;
    const buildId = readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8').trim();
    const cache = new LearnerPageCache();
    return (handle) => serveLearnerPages(handle, cache, learnerPageReads, { buildId, development: false });
  } catch (error) {
    console.warn(`Learners' pages are rendered on every request: their cache could not start (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
    return (handle) => handle;
  }
}
