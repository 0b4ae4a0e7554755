/**
 * The page cache lives in the app server, while the writes that change a cached page (a
 * revocation) run in the page renderer, another process (ADR 027). The renderer sends each path
 * its code forgets over the fork's IPC channel, and the app server forgets it too. Plain JavaScript
 * so that scripts/page-renderer.mjs, which runs without a TypeScript loader, shares it.
 */

const slot = Symbol.for('postwise.pageForgotten');
const kind = 'forget-cached-page';

/**
 * In the page renderer: from now on every path forgetCachedPage forgets is passed to `send` (the
 * renderer's `process.send`) as a message the app server reads with forgottenPageIn.
 * @param {(message: { kind: string; path: string }) => unknown} send
 */
export function sendForgottenPages(send) {
  globalThis[slot] = (path) => send({ kind, path });
}

/**
 * Called by forgetCachedPage: passes `path` on to the process that holds the cache, when this
 * process is a page renderer (sendForgottenPages); does nothing otherwise.
 * @param {string} path
 */
export function forgetInCachingProcess(path) {
  globalThis[slot]?.(path);
}

/**
 * In the app server: the path a renderer's IPC `message` asks to forget, or undefined when the
 * message is anything else.
 * @param {unknown} message
 * @returns {string | undefined}
 */
export function forgottenPageIn(message) {
  if (typeof message !== 'object' || message === null) return undefined;
  const { kind: messageKind, path } = /** @type {{ kind?: unknown; path?: unknown }} */ (message);
  return messageKind === kind && typeof path === 'string' ? path : undefined;
}
