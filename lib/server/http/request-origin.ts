import 'server-only';
import { headers } from 'next/headers';
import { getEnv } from '@/lib/env';

/**
 * The origin for links the app sends or prints (email links, a certificate's verify URL):
 * PUBLIC_BASE_URL when set, so a forged Host header can neither redirect invitees nor end up
 * signed into a certificate; otherwise the host this request came to.
 */
export async function requestOrigin(): Promise<string> {
  const configured = getEnv().PUBLIC_BASE_URL;
  if (configured) return new URL(configured).origin;
  const requestHeaders = await requestHeadersOrNone();
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost:3000';
  const protocol = requestHeaders.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${protocol}://${host}`;
}

// Outside a request (scripts, tests) Next has no headers and throws: fall back to the local server.
async function requestHeadersOrNone(): Promise<Headers> {
  try {
    return new Headers(await headers());
  } catch {
    return new Headers();
  }
}
