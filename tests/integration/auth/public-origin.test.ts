import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { setEnv, useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { createWorld, formData } from '@/tests/integration/authorization/support/personas';
import { createAttempt, createLearner, publishCertificateModule, reflectionOf } from '@/tests/integration/certificates/fixtures';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { requestSignInLink } from '@/app/sign-in/actions';
import { inviteMemberAction, resendInvitationAction, sendRemindersAction } from '@/app/practice/[practiceId]/actions';
import { getCertificateAction } from '@/app/learn/[moduleId]/complete/actions';
import { revokeCertificateAction } from '@/app/admin/certificates/actions';
import { AuthBrowser, linkIn } from './support/auth-browser';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

// Every request in this file claims to be for another site, as an attacker's would.
const poisoned = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' };
vi.mock('next/headers', () => ({
  headers: async () => new Headers(poisoned),
  cookies: async () => ({ set: () => undefined, get: () => undefined, getAll: () => [], has: () => false, delete: () => undefined }),
}));

let sequence = 0;
const unique = (label: string) => `${label}-${Date.now()}-${++sequence}`;

async function redirectTarget(call: () => Promise<unknown>): Promise<string> {
  try {
    throw new Error(`Expected a redirect, got ${JSON.stringify(await call())}`);
  } catch (error) {
    if (!isRedirectError(error)) throw error;
    return error.digest.split(';')[2] ?? '';
  }
}

describeEachDatabase('One public origin: forged Host and X-Forwarded-* headers never reach a link', (getDb) => {
  beforeAll(() => useTestDatabase(getDb()));
  beforeEach(() => setEnv({}));

  const configurations = [
    { label: 'the quick start (no PUBLIC_BASE_URL)', env: {}, origin: 'http://localhost:3000' },
    { label: 'PUBLIC_BASE_URL', env: { PUBLIC_BASE_URL: 'https://cpd.example.org' }, origin: 'https://cpd.example.org' },
  ];

  for (const { label, env, origin } of configurations) {
    it(`puts ${origin} in the sign-in email and the redirect after signing in, with ${label}`, async () => {
      setEnv(env);
      const email = `${unique('poisoned')}@example.test`;
      // Straight at the route, as under `next dev` or a bare `next start`: no server rewrote the headers.
      const browser = new AuthBrowser('203.0.113.9', { headers: poisoned, bypassAppServer: true });
      const requested = await browser.requestSignInLink(email, '/profile');
      expect(requested.headers.get('location')).toBe(`${origin}/api/auth/verify-request?provider=nodemailer&type=email`);

      const message = await getDb().outboxEmail.findFirstOrThrow({ where: { to: email }, select: { text: true } });
      expect(message.text).not.toContain('evil.example');
      const link = linkIn(message.text);
      expect(link.startsWith(`${origin}/sign-in/confirm?`)).toBe(true);
      expect(new URL(link).searchParams.get('callbackUrl')).toBe(`${origin}/profile`);

      const followed = await browser.followSignInLink(link);
      expect(followed.headers.get('location')).toBe(`${origin}/profile`);
    });

    it(`puts ${origin} in links from the sign-in form, invitations and certificates, with ${label}`, async () => {
      setEnv(env);
      const db = getDb();

      const email = `${unique('form')}@example.test`;
      expect(await redirectTarget(() => requestSignInLink({ ok: null, email: '' }, formData({ email, callbackUrl: '/learn' })))).toBe('/sign-in/check-email');
      const signIn = await db.outboxEmail.findFirstOrThrow({ where: { to: email }, select: { text: true } });
      expect(linkIn(signIn.text).startsWith(`${origin}/sign-in/confirm?`)).toBe(true);

      const world = await createWorld(db);
      const invitee = `${unique('invitee')}@example.test`;
      const invited = await runAsUser(world.users.owner, () => inviteMemberAction(null, formData({ practiceId: world.practiceId, email: invitee })));
      expect(invited).toMatchObject({ ok: true });
      const invitation = await db.outboxEmail.findFirstOrThrow({ where: { to: invitee }, select: { text: true } });
      expect(invitation.text).not.toContain('evil.example');
      expect(linkIn(invitation.text).startsWith(`${origin}/invitations/`)).toBe(true);

      const moduleId = unique('origin-cert');
      const published = await publishCertificateModule(db, moduleId);
      const learner = await createLearner(db, `${moduleId}-learner`, { gdcNumber: '123456' });
      for (const scenarioVersionId of published.scenarioVersionIds) {
        await createAttempt(db, { userId: learner.id, scenarioVersionId, activeSeconds: 1800, completedAt: new Date('2026-03-02T10:00:00Z') });
      }
      await db.moduleReflection.create({ data: { userId: learner.id, moduleId, text: reflectionOf(60) } });
      await db.moduleFeedback.create({ data: { userId: learner.id, moduleId, rating: 4, comment: 'Useful.' } });
      await redirectTarget(() => runAsUser(learner, () => getCertificateAction(null, formData({ moduleId }))));
      const certificate = await db.certificate.findFirstOrThrow({ where: { userId: learner.id }, select: { code: true, contentJson: true } });
      expect(certificate.contentJson).not.toContain('evil.example');
      expect(certificate.contentJson).toContain(JSON.stringify(`${origin}/verify/${certificate.code}`));
    });

    it(`puts ${origin} in re-sent invitations, reminders and revocation emails, with ${label}`, async () => {
      setEnv(env);
      const db = getDb();
      const world = await createWorld(db);
      const { owner, learner, admin } = world.users;
      const linksTo = async (to: string, subject: string) => {
        const message = await db.outboxEmail.findFirstOrThrow({ where: { to, subject: { contains: subject } }, orderBy: { createdAt: 'desc' }, select: { text: true } });
        expect(message.text).not.toContain('evil.example');
        return linkIn(message.text);
      };

      const invitee = `${unique('re-invitee')}@example.test`;
      expect(await runAsUser(owner, () => inviteMemberAction(null, formData({ practiceId: world.practiceId, email: invitee })))).toMatchObject({ ok: true });
      const { id: invitationId } = await db.invitation.findFirstOrThrow({ where: { email: invitee, acceptedAt: null, revokedAt: null }, orderBy: { createdAt: 'desc' }, select: { id: true } });
      await db.outboxEmail.deleteMany({ where: { to: invitee } });
      const resent = await runAsUser(owner, () => resendInvitationAction(null, formData({ practiceId: world.practiceId, invitationId })));
      expect(resent).toMatchObject({ ok: true });
      expect((await linksTo(invitee, 'invitation')).startsWith(`${origin}/invitations/`)).toBe(true);

      // A member with an assigned module not yet started: one reminder, linking to /learn.
      const moduleId = unique('origin-reminder');
      const published = await publishCertificateModule(db, moduleId);
      await db.practiceMembership.create({ data: { practiceId: world.practiceId, userId: learner.id, role: 'member' } });
      await db.assignment.create({ data: { practiceId: world.practiceId, moduleId } });
      const reminded = await runAsUser(owner, () => sendRemindersAction(null, formData({ practiceId: world.practiceId, userId: learner.id })));
      expect(reminded).toMatchObject({ ok: true, message: expect.stringMatching(/^1 reminder sent/) });
      expect(await linksTo(learner.email, 'reminder')).toBe(`${origin}/learn`);

      // A certificate revoked by an administrator: the holder's email names its verify page.
      const holder = await createLearner(db, `${moduleId}-holder`, { gdcNumber: '654321' });
      for (const scenarioVersionId of published.scenarioVersionIds) {
        await createAttempt(db, { userId: holder.id, scenarioVersionId, activeSeconds: 1800, completedAt: new Date('2026-03-02T10:00:00Z') });
      }
      await db.moduleReflection.create({ data: { userId: holder.id, moduleId, text: reflectionOf(60) } });
      await db.moduleFeedback.create({ data: { userId: holder.id, moduleId, rating: 4, comment: 'Useful.' } });
      await redirectTarget(() => runAsUser(holder, () => getCertificateAction(null, formData({ moduleId }))));
      const { code } = await db.certificate.findFirstOrThrow({ where: { userId: holder.id }, select: { code: true } });
      await redirectTarget(() =>
        runAsUser(admin, () => revokeCertificateAction(null, formData({ code, reason: 'Issued in error during testing.', confirm: 'yes' }))),
      );
      expect(await linksTo(holder.email, 'revoked')).toBe(`${origin}/verify/${code}`);
    });
  }
});
