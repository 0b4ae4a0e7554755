import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { publicOrigin } from '@/lib/server/http/public-origin';
import { confirmSignInPath } from './send-sign-in-link';

const emailCallbackPath = '/api/auth/callback/nodemailer';

/**
 * Stands in front of Auth.js's email-link callback, which signs in on any request that carries
 * a valid token. Mail scanners (Safe Links and the like) fetch every link before the person
 * clicks, and an attacker can send a victim a link to the attacker's own account; so:
 * - a GET never reaches Auth.js: it is sent to the confirmation page, whose button POSTs back;
 * - a POST reaches Auth.js only from a page on this site (the browser's Origin header names the
 *   public origin, or, where a browser withholds it, the Referer does); from anywhere else it too
 *   goes to the confirmation page.
 * Returns the response to send instead of Auth.js's, or null to let Auth.js handle the request.
 */
export function guardEmailLinkCallback(request: NextRequest): NextResponse | null {
  if (request.nextUrl.pathname !== emailCallbackPath) return null;
  if (request.method === 'POST' && postedFromThisSite(request.headers)) return null;
  const confirm = new URL(confirmSignInPath, publicOrigin());
  confirm.search = request.nextUrl.search;
  return NextResponse.redirect(confirm, 303);
}

function postedFromThisSite(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (origin && origin !== 'null') return origin === publicOrigin();
  return headers.get('referer')?.startsWith(`${publicOrigin()}/`) ?? false;
}
