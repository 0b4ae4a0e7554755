import { NextRequest } from 'next/server';
import { getEnv, publicOriginOf } from '@/lib/env';
import { rewriteForwardedHeaders } from '@/lib/security/forwarded-headers';
import { GET, POST } from '@/app/api/auth/[...nextauth]/route';

/** What a test browser adds to every request, beyond cookies. */
export interface AuthBrowserOptions {
  /** Headers the client sends, e.g. a forged Host or X-Forwarded-For. */
  headers?: Record<string, string>;
  /**
   * Skip scripts/app-server.ts's header rewriting, as under `next dev` or a server misconfigured
   * to run `next start` directly: whatever the client sent reaches the app unchanged.
   */
  bypassAppServer?: boolean;
}

/**
 * A minimal browser for Auth.js's route handlers (through the app's own route module): keeps
 * cookies between requests and does not follow redirects, so tests can see where each step
 * sends the user. Every request first goes through the same header rewriting the production
 * server applies, from the socket address given here.
 */
export class AuthBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly socketAddress = '203.0.113.7',
    private readonly options: AuthBrowserOptions = {},
  ) {}

  /** The value of a cookie the server set, if any. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Holds a cookie the server did not set now: one left from an earlier session, or planted by another site. */
  holdCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async get(url: string): Promise<Response> {
    return this.send(new NextRequest(this.url(url), { headers: this.headers() }));
  }

  async post(url: string, fields: Record<string, string>, extraHeaders: Record<string, string> = {}): Promise<Response> {
    const headers = this.headers();
    headers.set('content-type', 'application/x-www-form-urlencoded');
    for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value);
    return this.send(new NextRequest(this.url(url), { method: 'POST', headers, body: new URLSearchParams(fields).toString() }));
  }

  /** Asks for a sign-in link the way the sign-in form's POST reaches Auth.js, with a CSRF token. */
  async requestSignInLink(email: string, callbackUrl = '/learn'): Promise<Response> {
    const csrf = (await (await this.get('/api/auth/csrf')).json()) as { csrfToken: string };
    return this.post('/api/auth/signin/nodemailer', { email, csrfToken: csrf.csrfToken, callbackUrl: `${publicOrigin()}${callbackUrl}` });
  }

  /**
   * Uses an emailed sign-in link the way a person does: the link opens the confirmation page,
   * whose button POSTs its parameters to Auth.js's callback from this site.
   */
  async followSignInLink(link: string): Promise<Response> {
    const { search } = new URL(link);
    return this.post(`/api/auth/callback/nodemailer${search}`, {}, { origin: publicOrigin() });
  }

  private url(url: string): URL {
    const host = this.options.headers?.host;
    return new URL(url, host ? `http://${host}` : publicOrigin());
  }

  private headers(): Headers {
    const sent: Record<string, string | string[] | undefined> = { ...this.options.headers };
    if (!this.options.bypassAppServer) {
      rewriteForwardedHeaders(sent, { socketAddress: this.socketAddress, trustedProxies: getEnv().TRUSTED_PROXIES, publicOrigin: publicOrigin() });
    } else {
      sent['x-forwarded-for'] ??= this.socketAddress;
    }
    const headers = new Headers(sent as Record<string, string>);
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    return headers;
  }

  private async send(request: NextRequest): Promise<Response> {
    const response = request.method === 'POST' ? await POST(request) : await GET(request);
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(attribute));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}

/** The public origin the app under test is configured with. */
export function publicOrigin(): string {
  return publicOriginOf(getEnv());
}

/** The first http(s) link in an email body. */
export function linkIn(text: string): string {
  const match = /https?:\/\/\S+/.exec(text);
  if (!match) throw new Error(`No link in email:\n${text}`);
  return match[0];
}
