import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '@/lib/security/content-security-policy';
import { hashInlineContent } from '@/lib/security/hash-inline-content';
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
const personalOrPartial = ['cookie', 'authorization', 'rsc', 'next-action', 'next-url', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch'];

/** Response headers that belong to one response, not to the page. */
const perResponse = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

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
      response.writeHead(found.page.status, { ...found.page.headers, 'content-length': found.page.body.length });
      response.end(found.page.body);
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

/** Keeps a copy of everything written to `response`. */
function captureBody(response: ServerResponse): Buffer[] {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  // Headers given to writeHead are not kept where getHeaders() reads them: set them there first.
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null && !Array.isArray(arg)) as Record<string, string | number | string[]> | undefined;
    for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
    return writeHead(status, ...rest.filter((arg) => typeof arg === 'string'));
  }) as ServerResponse['writeHead'];
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  response.end = ((...args: unknown[]) => {
    if (args[0] !== undefined && typeof args[0] !== 'function') keep(args[0], args[1]);
    return end(...args);
  }) as ServerResponse['end'];
  return chunks;
}

/** The page to store, or undefined when this answer must not be shared between visitors. */
function cacheable(url: string, response: ServerResponse, body: Buffer, options: { development: boolean }): CachedPage | undefined {
  const status = response.statusCode;
  if (!(status === 404 || (status === 200 && publicPages.some((page) => page.test(url))))) return undefined;
  const headers = response.getHeaders();
  if (headers['set-cookie'] !== undefined || !String(headers['content-type'] ?? '').startsWith('text/html')) return undefined;
  const nonce = /'nonce-([^']+)'/.exec(String(headers['content-security-policy'] ?? ''))?.[1];
  if (!nonce) return undefined;
  const hashed = hashInlineContent(body.toString('utf8'), nonce);
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !perResponse.has(name)) kept[name] = Array.isArray(value) ? value : String(value);
  }
  kept['content-security-policy'] = contentSecurityPolicy({ ...hashed, development: options.development });
  return { status, headers: kept, body: Buffer.from(hashed.html, 'utf8') };
}
