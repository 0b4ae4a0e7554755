import { NextResponse, type NextRequest } from 'next/server';
import { getEnv, publicOriginOf } from '@/lib/env';
import { contentSecurityPolicy, createNonce } from '@/lib/security/content-security-policy';

/**
 * Adds the per-request Content-Security-Policy, and HSTS when the site is served over https. Next.js reads the policy from the request
 * headers to put the nonce on its own scripts, so it is set on both request and response. A page
 * kept in the page cache for visitors without cookies is sent with a hash-based policy instead
 * (lib/server/page-cache/serve-from-page-cache.ts, ADR 025).
 * Authorization never happens here: every data read and write checks for itself.
 *
 * API routes (`/api/…`) are left out: they answer JSON, which runs no script, so a nonce and a page
 * policy would be work for nothing on every decision save (issue 19, ADR 026). next.config.mjs gives
 * them a fixed policy that allows nothing.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === 'development' });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  // HSTS only when the public origin is https: sent over plain http it would be ignored at best,
  // and on the quick start's http://localhost it has nothing to protect.
  if (publicOriginOf(getEnv()).startsWith('https:')) response.headers.set('Strict-Transport-Security', 'max-age=31536000');
  return response;
}

export const config = {
  matcher: [
    // Static files, images and API routes carry no scripts; they get their headers from next.config.mjs.
    { source: '/((?!_next/static|_next/image|favicon.ico|api/).*)' },
  ],
};
