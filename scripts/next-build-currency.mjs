/**
 * Whether the production build (`.next`, made by `next build`) is current: newer than every source
 * it is built from. Plain JavaScript, so that scripts/start.mjs knows before any TypeScript is
 * compiled whether it can fork the page renderer on the build there is (ADR 014, addendum
 * "startup-first-fork"). A walk of modification times (~870 entries: 20–25 ms warm, 50–120 ms in a new
 * process on a busy machine), so start.mjs forks the renderer when a build exists (nextBuildExists)
 * and walks while Next.js starts.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
/** Written by `next build` when it has finished. */
const buildIdFile = path.join(root, '.next', 'BUILD_ID');
/** What `next build` reads, relative to the root: a change to any of them calls for a new build. */
const buildSources = ['app', 'components', 'lib', 'scenarios', 'public', 'proxy.ts', 'next.config.mjs', 'package-lock.json', 'postcss.config.mjs'];

/**
 * The newest modification time (ms since the epoch) of `entry` (relative to the root) and, for a
 * folder, of everything under it except generated code and node_modules; 0 when it does not exist.
 *
 * @param {string} entry
 * @returns {number}
 */
function newestModification(entry) {
  const full = path.join(root, entry);
  // One system call per entry: statSync's answer says whether it exists.
  const stats = statSync(full, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const child of readdirSync(full)) {
    if (child === 'generated' || child === 'node_modules') continue;
    newest = Math.max(newest, newestModification(path.join(entry, child)));
  }
  return newest;
}

/**
 * True when `.next/BUILD_ID` exists and is at least as new as every build source; false when the
 * build is missing or older than a source.
 *
 * @returns {boolean}
 */
export function nextBuildIsCurrent() {
  const builtAt = statSync(buildIdFile, { throwIfNoEntry: false })?.mtimeMs;
  if (builtAt === undefined) return false;
  return buildSources.every((entry) => newestModification(entry) <= builtAt);
}

/**
 * Whether `next build` has ever finished here (`.next/BUILD_ID` exists); one system call.
 *
 * @returns {boolean}
 */
export function nextBuildExists() {
  return existsSync(buildIdFile);
}
