import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/server/auth/auth';
import { guardEmailLinkCallback } from '@/lib/server/auth/email-link-guard';
import { withSafeCallbackUrl } from '@/lib/server/auth/safe-callback-request';

// Auth.js's own endpoints: CSRF token, sign-in requests, email-link and SSO callbacks, sign-out.
// Email links are only honoured by a POST from the confirmation page (see the guard); any
// callbackUrl in the address is judged first, so none can make Auth.js fail.

export async function GET(request: NextRequest) {
  const safe = await withSafeCallbackUrl(request);
  return guardEmailLinkCallback(safe) ?? handlers.GET(safe);
}

export async function POST(request: NextRequest) {
  const safe = await withSafeCallbackUrl(request);
  return guardEmailLinkCallback(safe) ?? handlers.POST(safe);
}
