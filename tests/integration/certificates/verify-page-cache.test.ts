import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { reinstateCertificateAction, revokeCertificateAction } from '@/app/admin/certificates/actions';
import VerifyCertificatePage from '@/app/verify/[code]/page';
import { contentSecurityPolicy } from '@/lib/security/content-security-policy';
import { inlineHash } from '@/lib/security/hash-inline-content';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import type { Database } from '@/lib/server/db/create-client';
import { sharedPageCache } from '@/lib/server/page-cache/page-cache';
import { serveFromPageCache } from '@/lib/server/page-cache/serve-from-page-cache';
import { setEnv, useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { formData } from '@/tests/integration/authorization/support/personas';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { certifiedLearnerAndAdmin } from './fixtures';

vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }));
vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const origin = 'https://cpd.example.org';

/**
 * The verification page as the app server sends it: the real page component rendered from the
 * database (with a nonce, as proxy.ts gives every page) behind the real page cache. The clock is
 * held still, so every request here falls within one cached page's freshness: only the
 * revocation's own invalidation can make the next visitor see the change.
 */
describeEachDatabase('The verification page cache', (getDb) => {
  let db: Database;
  let server: Server;
  let base = '';
  let tag = 0;

  beforeAll(async () => {
    const nonce = 'test-nonce';
    const handler = serveFromPageCache(
      (request, response) => {
        const code = decodeURIComponent((request.url ?? '').split('/')[2] ?? '');
        void VerifyCertificatePage({ params: Promise.resolve({ code }) }).then(
          (page) => {
            response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': contentSecurityPolicy({ nonce, development: false }) });
            response.end(`<!DOCTYPE html><script nonce="${nonce}">self.ready=1</script>${renderToStaticMarkup(page)}`);
          },
          (error: unknown) => {
            response.writeHead(isRedirectError(error) ? 307 : 404, { 'content-type': 'text/plain' });
            response.end();
          },
        );
      },
      sharedPageCache(),
      { development: false },
    );
    server = createServer(handler).listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    db = getDb();
    useTestDatabase(db);
    setEnv({ PUBLIC_BASE_URL: origin });
    tag += 1;
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-06-01T12:00:00Z'));
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function certified() {
    return certifiedLearnerAndAdmin(db, `verify-cache-${tag}`, origin);
  }

  const visit = async (code: string) => {
    const response = await fetch(`${base}/verify/${code}`);
    return { status: response.status, policy: response.headers.get('content-security-policy') ?? '', html: await response.text() };
  };
  const redirected = async (call: () => Promise<unknown>) => {
    await call().then(
      (result) => {
        throw new Error(`Expected a redirect, got ${JSON.stringify(result)}`);
      },
      (error: unknown) => {
        if (!isRedirectError(error)) throw error;
      },
    );
  };

  it('sends the page from memory until a revocation, then shows it revoked; a reinstatement shows it valid again', async () => {
    const { code, admin } = await certified();
    // The first visitor's request renders the page (with its nonce); the next is sent the stored copy.
    expect((await visit(code)).policy).toContain("'nonce-test-nonce'");
    const first = await visit(code);
    expect(first.html).toContain('Valid certificate');
    expect(first.html).not.toContain('nonce=');
    expect(first.policy).toContain(`'${inlineHash('self.ready=1')}'`);
    expect(first.policy).not.toContain('nonce-');
    expect(first.policy.split('; ').find((directive) => directive.startsWith('script-src '))).not.toContain("'unsafe-inline'");

    // A change made behind the cache's back is not seen while the copy is fresh: the copy is what is sent.
    await db.certificate.update({ where: { code }, data: { revokedAt: new Date(), revokedReason: 'Written directly' } });
    expect((await visit(code)).html).toBe(first.html);
    await db.certificate.update({ where: { code }, data: { revokedAt: null, revokedReason: null } });

    await redirected(() => runAsUser(admin, () => revokeCertificateAction(null, formData({ code, reason: 'Issued in error', confirm: 'yes' }))));
    const revoked = await visit(code);
    expect(revoked.html).toContain('Revoked: this certificate is no longer valid');
    expect(revoked.html).toContain('Issued in error');

    await redirected(() => runAsUser(admin, () => reinstateCertificateAction(null, formData({ code, confirm: 'yes' }))));
    const reinstated = await visit(code);
    expect(reinstated.html).toContain('Valid certificate');
    expect(reinstated.html).not.toContain('Issued in error');
  });
});
