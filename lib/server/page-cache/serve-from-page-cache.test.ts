import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/security/content-security-policy';
import { PageCache } from './page-cache';
import { serveFromPageCache } from './serve-from-page-cache';

/**
 * A stand-in for Next.js behind the page cache: every answer has a fresh nonce, names the
 * signed-in user from the cookie, names the URL it was asked for, and counts renders. Paths
 * answer 404 only at /missing; /sign-in sets a cookie.
 */
function fakeNext() {
  let renders = 0;
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    renders += 1;
    const nonce = `n${renders}`;
    const user = /session-token=(\w+)/.exec(request.headers.cookie ?? '')?.[1];
    response.statusCode = request.url === '/missing' ? 404 : 200;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.setHeader('content-security-policy', contentSecurityPolicy({ nonce, development: false }));
    if (request.url === '/sign-in') response.setHeader('set-cookie', 'authjs.csrf-token=x');
    response.write(`<html><body><h1>${request.url}</h1><p>${user ? `Signed in as ${user}` : 'Sign in'}</p>`);
    response.end(`<script nonce="${nonce}">self.render=${renders}</script></body></html>`);
  };
  return { handle, renders: () => renders };
}

describe('serveFromPageCache', () => {
  const next = fakeNext();
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer(serveFromPageCache(next.handle, new PageCache(() => 0), { development: false })).listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(base + path, { headers });
    return { status: response.status, policy: response.headers.get('content-security-policy') ?? '', html: await response.text() };
  };

  it('renders the home page once for visitors without cookies, then sends the copy with a hash policy and no nonce', async () => {
    await get('/');
    const rendersBefore = next.renders();
    const cached = await get('/');
    expect(next.renders()).toBe(rendersBefore);
    expect(cached.html).toContain('Sign in');
    expect(cached.html).not.toContain('nonce=');
    const script = /<script>([^<]*)<\/script>/.exec(cached.html)?.[1] ?? '';
    const scriptSources = cached.policy.split('; ').find((directive) => directive.startsWith('script-src '));
    expect(scriptSources).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/=]+'$/);
    expect(scriptSources).toContain(`'sha256-${Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script))).toString('base64')}'`);
  });

  it("never stores or sends a signed-in visitor's page: each learner sees only their own name, and visitors none", async () => {
    const alice = await get('/', { cookie: 'authjs.session-token=alice' });
    expect(alice.html).toContain('Signed in as alice');
    expect(alice.policy).toContain("'nonce-");
    const bob = await get('/', { cookie: 'authjs.session-token=bob' });
    expect(bob.html).toContain('Signed in as bob');
    expect(bob.html).not.toContain('alice');
    const visitor = await get('/');
    expect(visitor.html).not.toMatch(/alice|bob/);
  });

  it("sends the library's first page from the copy, and never that copy for another page", async () => {
    await get('/library');
    const rendersBefore = next.renders();
    expect((await get('/library')).html).toContain('<h1>/library</h1>');
    expect(next.renders()).toBe(rendersBefore);
    const second = await get('/library?page=2');
    expect(second.html).toContain('<h1>/library?page=2</h1>');
    expect(next.renders()).toBe(rendersBefore + 1);
  });

  it('caches 404 answers, but not other pages, answers that set cookies, queries or client navigations', async () => {
    await get('/missing');
    const rendersAfterMissing = next.renders();
    expect((await get('/missing')).status).toBe(404);
    expect(next.renders()).toBe(rendersAfterMissing);

    for (const [path, headers] of [['/learn', {}], ['/sign-in', {}], ['/?ref=mail', {}], ['/', { rsc: '1' }]] as const) {
      await get(path, headers);
      const before = next.renders();
      await get(path, headers);
      expect(next.renders(), path).toBe(before + 1);
    }
  });
});
