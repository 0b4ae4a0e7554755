import 'server-only';
import { NextRequest } from 'next/server';
import { safeRedirectPath } from '@/lib/security/safe-redirect-path';
import { publicOrigin } from '@/lib/server/http/public-origin';

/**
 * The request Auth.js's endpoints should see: its `callbackUrl` query parameter, when present,
 * replaced by the same-site address safeRedirectPath makes of it, as an absolute URL on the public
 * origin. Auth.js refuses a `callbackUrl` parameter it cannot parse as an http(s) URL (for example
 * `javascript:alert(1)` in an altered sign-in link) with HTTP 500 before our redirect callback is
 * asked; judged here first, every such address falls back to `/` like any other. Returns the
 * request itself when there is nothing to change.
 */
export async function withSafeCallbackUrl(request: NextRequest): Promise<NextRequest> {
  const given = request.nextUrl.searchParams.get('callbackUrl');
  if (given === null) return request;
  const origin = publicOrigin();
  const safe = new URL(safeRedirectPath(given, origin), origin).toString();
  if (safe === given) return request;
  const url = new URL(request.url);
  url.searchParams.set('callbackUrl', safe);
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  return new NextRequest(url, { method: request.method, headers: request.headers, body });
}
