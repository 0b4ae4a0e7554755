import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '@/lib/security/content-security-policy';
import { LearnerPageCache } from './learner-page-cache';
import { serveLearnerPages, type LearnerPageReads } from './serve-learner-pages';

/**
 * A stand-in for the page renderer: every answer has a fresh nonce, names the session token it was
 * sent and the URL, and counts renders. /learn/broken answers 500; /learn/cookie sets a cookie.
 */
function fakeRenderer() {
  let renders = 0;
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    renders += 1;
    const nonce = `n${renders}`;
    const token = /session-token=(\w+)/.exec(request.headers.cookie ?? '')?.[1] ?? 'nobody';
    response.statusCode = request.url === '/learn/broken/page' ? 500 : 200;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    response.setHeader('content-security-policy', contentSecurityPolicy({ nonce, development: false }));
    if (request.url === '/learn/cookie/page') response.setHeader('set-cookie', 'authjs.session-token=renewed');
    response.write(`<html><body><h1>${request.url}</h1><p>Page of ${token}, render ${renders}</p>`);
    response.end(`<script nonce="${nonce}">self.render=${renders}</script></body></html>`);
  };
  return { handle, renders: () => renders };
}

describe('serveLearnerPages', () => {
  const renderer = fakeRenderer();
  const cache = new LearnerPageCache();
  /** Sessions by token: alice and bob are signed in, gone is signed out, ask must go to Auth.js. */
  const sessions = new Map<string, { userId: string | null } | string>();
  /** Each user's current stamp; a test moves one to stand for a write. */
  const stamps = new Map<string, string>();
  const reads: LearnerPageReads = {
    readSession: async (header) => {
      const tokens = [...(header ?? '').matchAll(/authjs\.session-token=(\w+)/g)].map((match) => match[1]!);
      return tokens.length === 1 ? (sessions.get(tokens[0]!) ?? { userId: null }) : 'ask-auth-js';
    },
    stamp: async (userId) => stamps.get(userId) ?? 'unknown',
  };
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer(serveLearnerPages(renderer.handle, cache, reads, { buildId: 'build-1', development: false })).listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    sessions.clear();
    sessions.set('alice', { userId: 'user-alice' });
    sessions.set('bob', { userId: 'user-bob' });
    sessions.set('gone', { userId: null });
    sessions.set('ask', 'ask-auth-js');
    stamps.set('user-alice', 'a1');
    stamps.set('user-bob', 'b1');
  });

  const get = async (path: string, token?: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('cookie', `theme=dark; authjs.session-token=${token}`);
    const response = await fetch(base + path, { ...init, headers });
    return { status: response.status, policy: response.headers.get('content-security-policy') ?? '', cacheControl: response.headers.get('cache-control'), html: await response.text() };
  };
  /** Loads `path` as `token` and waits for its copy to be stored (the store follows the answer). */
  const stored = async (path: string, token: string) => {
    const first = await get(path, token);
    const { userId } = sessions.get(token) as { userId: string };
    await vi.waitFor(() => expect(cache.find(userId, path, `build-1\u0000${stamps.get(userId)}`)).toBeDefined());
    return first;
  };

  it("renders a learner's /learn once, then sends the copy from memory with a hash policy, no nonce and the renderer's Cache-Control", async () => {
    const first = await stored('/learn', 'alice');
    expect(first.html).toContain('Page of alice');
    const rendersBefore = renderer.renders();
    const copy = await get('/learn', 'alice');
    expect(renderer.renders()).toBe(rendersBefore);
    expect(copy.html).toContain('Page of alice');
    expect(copy.html).not.toContain('nonce=');
    expect(copy.policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(copy.policy).not.toContain("'nonce-");
    expect(copy.cacheControl).toBe('private, no-cache, no-store, max-age=0, must-revalidate');
  });

  it("never sends one learner's copy to another: bob's cookie gets bob's page rendered", async () => {
    await stored('/learn/social-media/friend-request', 'alice');
    // Even when both stamps are the same text.
    stamps.set('user-bob', 'a1');
    const bob = await get('/learn/social-media/friend-request', 'bob');
    expect(bob.html).toContain('Page of bob');
    expect(bob.html).not.toContain('alice');
    await stored('/learn/social-media/friend-request', 'bob');
    expect((await get('/learn/social-media/friend-request', 'alice')).html).toContain('Page of alice');
  });

  it('renders again when the stamp has moved (a write changed the page), and keeps the new copy', async () => {
    await stored('/learn', 'alice');
    stamps.set('user-alice', 'a2');
    const rendersBefore = renderer.renders();
    const fresh = await get('/learn', 'alice');
    expect(renderer.renders()).toBe(rendersBefore + 1);
    expect(fresh.html).toContain(`render ${rendersBefore + 1}`);
    await vi.waitFor(async () => expect((await get('/learn', 'alice')).html).toContain(`render ${rendersBefore + 1}`));
  });

  it('never sends a copy to a signed-out, suspended or expired session, or to two session cookies', async () => {
    await stored('/learn', 'alice');
    // Alice is suspended or signed out: her token now reads as nobody (or Auth.js must decide).
    for (const reading of [{ userId: null }, 'ask-auth-js']) {
      sessions.set('alice', reading);
      const rendersBefore = renderer.renders();
      expect((await get('/learn', 'alice')).html).toContain(`render ${rendersBefore + 1}`);
    }
    sessions.set('alice', { userId: 'user-alice' });
    const rendersBefore = renderer.renders();
    const twice = await get('/learn', undefined, { headers: { cookie: 'authjs.session-token=alice; authjs.session-token=alice' } });
    expect(twice.html).toContain(`render ${rendersBefore + 1}`);
  });

  it('passes on HEAD, queries, other spellings of the paths, client navigations, the completion page and requests without a cookie', async () => {
    for (const path of ['/learn', '/learn/social-media/friend-request', '/learn/social-media/complete']) await get(path, 'alice');
    const cases: Array<[string, RequestInit]> = [
      ['/learn', { method: 'HEAD' }],
      ['/learn?x=1', {}],
      ['/learn/', {}],
      ['/LEARN', {}],
      ['/learn/social%2Dmedia/friend-request', {}],
      ['/learn/social-media/friend-request', { headers: { rsc: '1' } }],
      ['/learn/social-media/friend-request', { headers: { 'next-router-prefetch': '1' } }],
      ['/learn/social-media/complete', {}],
    ];
    for (const [path, init] of cases) {
      const rendersBefore = renderer.renders();
      await get(path, 'alice', init);
      expect(renderer.renders(), `${init.method ?? 'GET'} ${path}`).toBe(rendersBefore + 1);
    }
    const rendersBefore = renderer.renders();
    await get('/learn');
    expect(renderer.renders()).toBe(rendersBefore + 1);
  });

  it('keeps no answer that is not a 200 page without cookies, nor one whose stamp moved while it rendered', async () => {
    const entries = cache.size().entries;
    await get('/learn/broken/page', 'alice');
    await get('/learn/cookie/page', 'alice');
    // The render itself writes (a first visit opens an attempt): the stamp after differs from before.
    let calls = 0;
    const moving: LearnerPageReads = { readSession: reads.readSession, stamp: async () => `s${(calls += 1)}` };
    const local = new LearnerPageCache();
    const movingServer = createServer(serveLearnerPages(renderer.handle, local, moving, { buildId: 'build-1', development: false })).listen(0, '127.0.0.1');
    await once(movingServer, 'listening');
    await fetch(`http://127.0.0.1:${(movingServer.address() as AddressInfo).port}/learn`, { headers: { cookie: 'authjs.session-token=alice' } }).then((response) => response.text());
    await vi.waitFor(() => expect(calls).toBe(2));
    await new Promise<void>((resolve) => movingServer.close(() => resolve()));
    expect(local.size().entries).toBe(0);
    expect(cache.size().entries).toBe(entries);
  });
});

describe('LearnerPageCache', () => {
  const page = (bytes: number) => ({ status: 200, headers: {}, body: Buffer.alloc(bytes) });

  it('finds a copy only by the same user, path and stamp, and keeps one copy per user and path', () => {
    const cache = new LearnerPageCache();
    cache.store('u1', '/learn', 's1', page(10));
    expect(cache.find('u1', '/learn', 's1')).toBeDefined();
    expect(cache.find('u2', '/learn', 's1')).toBeUndefined();
    expect(cache.find('u1', '/learn', 's2')).toBeUndefined();
    cache.store('u1', '/learn', 's2', page(20));
    expect(cache.size()).toEqual({ entries: 1, bytes: 20 });
  });

  it('drops the least recently sent copies beyond its count and byte limits', () => {
    const cache = new LearnerPageCache({ capacity: 2, maxBytes: 100 });
    cache.store('u1', '/learn', 's', page(40));
    cache.store('u2', '/learn', 's', page(40));
    cache.find('u1', '/learn', 's');
    cache.store('u3', '/learn', 's', page(40));
    expect(cache.find('u2', '/learn', 's')).toBeUndefined();
    expect(cache.find('u1', '/learn', 's')).toBeDefined();
    cache.store('u4', '/learn', 's', page(90));
    expect(cache.size()).toEqual({ entries: 1, bytes: 90 });
    cache.store('u5', '/learn', 's', page(101));
    expect(cache.find('u5', '/learn', 's')).toBeUndefined();
  });
});
