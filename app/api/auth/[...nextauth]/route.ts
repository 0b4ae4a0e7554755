import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/server/auth/auth';
import { guardEmailLinkCallback } from '@/lib/server/auth/email-link-guard';

// Auth.js's own endpoints: CSRF token, sign-in requests, email-link and SSO callbacks, sign-out.
// Email links are only honoured by a POST from the confirmation page (see the guard).

export async function GET(request: NextRequest) {
  return guardEmailLinkCallback(request) ?? handlers.GET(request);
}

export async function POST(request: NextRequest) {
  return guardEmailLinkCallback(request) ?? handlers.POST(request);
}
