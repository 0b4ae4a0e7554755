import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '@/lib/security/content-security-policy';
import { hashInlineContent } from '@/lib/security/hash-inline-content';
import type { CachedPage } from './page-cache';

/** Response headers that belong to one response, not to the page. */
const perResponse = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

/**
 * Keeps a copy of everything written to `response` (the chunks, in order), for a cache that stores
 * the page once the response has finished. Headers given to writeHead are also set where
 * getHeaders() reads them.
 */
export function captureBody(response: ServerResponse): Buffer[] {
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

/**
 * The finished `response` (its status, headers and the captured `body`) as a copy that may be sent
 * again: its nonce removed and its Content-Security-Policy listing the hashes of its inline scripts
 * and styles instead (hashInlineContent, ADR 025). Undefined when it must not be kept: it sets a
 * cookie, is not HTML, or carries no nonce to replace. Which statuses and paths may be kept is the
 * caller's rule.
 */
export function hashedCopy(response: ServerResponse, body: Buffer, options: { development: boolean }): CachedPage | undefined {
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
  return { status: response.statusCode, headers: kept, body: Buffer.from(hashed.html, 'utf8') };
}

/** Sends a stored copy: its status, headers and body, with this response's own length. */
export function sendCopy(response: ServerResponse, page: CachedPage): void {
  response.writeHead(page.status, { ...page.headers, 'content-length': page.body.length });
  response.end(page.body);
}
