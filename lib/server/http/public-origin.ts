import 'server-only';
import { getEnv, publicOriginOf } from '@/lib/env';

/**
 * The origin of every absolute URL the app makes: email links, redirects after sign-in and
 * certificate QR codes and verify URLs. It comes from configuration only, never from a request's
 * Host or X-Forwarded-Host, so a forged header cannot put another site into an email or a
 * certificate. PUBLIC_BASE_URL when set; otherwise the quick start's http://localhost:PORT
 * (`npm start` refuses to serve beyond loopback without PUBLIC_BASE_URL, see scripts/start.ts).
 */
export function publicOrigin(): string {
  return publicOriginOf(getEnv());
}
