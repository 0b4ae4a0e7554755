import { NextRequest } from 'next/server';
import { handlers } from '@/lib/server/auth/auth';

const origin = 'http://localhost:3000';

/**
 * A minimal browser for Auth.js's route handlers: keeps cookies between requests and does not
 * follow redirects, so tests can see where each step sends the user.
 */
export class AuthBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly ip = '203.0.113.7') {}

  /** The value of a cookie the server set, if any. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async get(url: string): Promise<Response> {
    return this.send(new NextRequest(new URL(url, origin), { headers: this.headers() }));
  }

  async post(url: string, fields: Record<string, string>): Promise<Response> {
    const headers = this.headers();
    headers.set('content-type', 'application/x-www-form-urlencoded');
    return this.send(new NextRequest(new URL(url, origin), { method: 'POST', headers, body: new URLSearchParams(fields).toString() }));
  }

  /** Asks for a sign-in link the way the sign-in form's POST reaches Auth.js, with a CSRF token. */
  async requestSignInLink(email: string, callbackUrl = '/learn'): Promise<Response> {
    const csrf = (await (await this.get('/api/auth/csrf')).json()) as { csrfToken: string };
    return this.post('/api/auth/signin/nodemailer', { email, csrfToken: csrf.csrfToken, callbackUrl: `${origin}${callbackUrl}` });
  }

  private headers(): Headers {
    const headers = new Headers({ 'x-forwarded-for': this.ip });
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    return headers;
  }

  private async send(request: NextRequest): Promise<Response> {
    const handler = request.method === 'POST' ? handlers.POST : handlers.GET;
    const response = await handler(request);
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

/** The first http(s) link in an email body. */
export function linkIn(text: string): string {
  const match = /https?:\/\/\S+/.exec(text);
  if (!match) throw new Error(`No link in email:\n${text}`);
  return match[0];
}
