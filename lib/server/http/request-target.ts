import type { ServerResponse } from 'node:http';

/** An http or https URI in absolute-form, up to the end of its authority (which may not be empty: RFC 9110 §4.2.1). */
const absoluteFormAuthority = /^https?:\/\/[^/?]+/i;

/**
 * The origin-form (RFC 9112 §3.2.1: a path and, maybe, a query) of an HTTP/1.1 request target as
 * Node's parser hands it over (`request.url`), or undefined when the request must be answered 400.
 *
 * - origin-form (`/path?query`) is kept as it came;
 * - absolute-form (`http://host/path?query`, RFC 9112 §3.2.2, which a server MUST accept) keeps only
 *   its path and query (`/` when it has no path). Its authority is dropped, never used: the app builds
 *   absolute URLs only from its configured public origin (lib/env.ts), and a renderer handed the
 *   whole URL redirected to the host the client named (attack review F-3). Only http and https;
 * - authority-form (`host:port`, CONNECT's) and asterisk-form (`*`) are refused, OPTIONS `*`
 *   included: the app has no server-wide options to tell (RFC 9110 §9.3.7 asks for none), no
 *   browser sends it, and the renderer would read `*` as a path. (Node's server hands a CONNECT to
 *   its `connect` event, not to the request handler; without a listener it closes the connection.)
 *
 * A fragment is never part of a request target (RFC 9112 §3.2); one that came anyway is dropped.
 */
export function originFormOf(target: string): string | undefined {
  const [withoutFragment] = target.split('#', 1) as [string];
  if (withoutFragment.startsWith('/')) return withoutFragment;
  const authority = absoluteFormAuthority.exec(withoutFragment);
  if (authority === null) return undefined;
  const rest = withoutFragment.slice(authority[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** Answers 400 to a request whose target originFormOf refused, and closes the connection: the client speaks HTTP oddly. */
export function answerUnusableTarget(response: ServerResponse): void {
  response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
  response.end('The request target must be a path, or an http or https address.');
}
