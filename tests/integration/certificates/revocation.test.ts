import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it, vi } from 'vitest';
import { reinstateCertificateAction, revokeCertificateAction } from '@/app/admin/certificates/actions';
import AdminCertificatesPage from '@/app/admin/certificates/page';
import VerifyCertificatePage from '@/app/verify/[code]/page';
import { GET as verifyJson } from '@/app/verify/[code]/json/route';
import { notices } from '@/lib/forms/notices';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { revokeCertificate } from '@/lib/server/certificates/revoke-certificate';
import type { Database } from '@/lib/server/db/create-client';
import { runAppOnTestDatabase, setEnv } from '@/tests/integration/authorization/support/app-harness';
import { request, routeParams } from '@/tests/integration/authorization/support/matrix';
import { formData } from '@/tests/integration/authorization/support/personas';
import { redirectOf } from '@/tests/integration/support/outcomes';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { certifiedLearnerAndAdmin } from './fixtures';

vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }));
vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const origin = 'https://cpd.example.org';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Issue 18: revocation reasons are bounded, the holder is told, and a mistaken revocation can be undone for a while. */
describeEachDatabase('Revoking and reinstating a certificate', (getDb) => {
  let db: Database;
  let tag = 0;
  runAppOnTestDatabase(getDb, { PUBLIC_BASE_URL: origin }, (database) => {
    db = database;
    tag += 1;
  });

  /** A learner holding a freshly issued certificate, and an administrator. */
  async function certified(label: string) {
    return certifiedLearnerAndAdmin(db, `revocation-${label}-${tag}`, origin);
  }

  const status = async (code: string) => ((await (await verifyJson(request(`/verify/${code}/json`), routeParams({ code }))).json()) as { status: string }).status;
  const emailsTo = (to: string) => db.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: 'asc' }, select: { subject: true, text: true } });
  const revoke = (admin: { id: string }, code: string, reason: string) =>
    runAsUser(admin, () => revokeCertificateAction(null, formData({ code, reason, confirm: 'yes' })));

  it('refuses a reason over 500 characters, naming its length, and changes nothing', async () => {
    const { code, learner, admin } = await certified('long');
    const failure = await revoke(admin, code, 'x'.repeat(10_000));
    expect(failure).toMatchObject({ message: 'The reason is 10000 characters long; keep it to 500 or fewer.' });
    expect(failure).toMatchObject({ fieldErrors: { reason: ['The reason is 10000 characters long; keep it to 500 or fewer.'] } });
    // The data layer's own check names the field too, for any caller that skips the form's schema.
    await expect(revokeCertificate({ code, reason: 'x'.repeat(501), actorId: admin.id, origin })).rejects.toMatchObject({ code: 'VALIDATION', field: 'reason' });
    await expect(revokeCertificate({ code, reason: '   ', actorId: admin.id, origin })).rejects.toMatchObject({ code: 'VALIDATION', field: 'reason' });
    // attack5 F5: the reason is public on the verification page; invisible format characters are refused, named.
    expect(await revoke(admin, code, 'Issued in error \u200b')).toMatchObject({ message: 'The reason contains an invisible formatting character (U+200B); remove it.' });
    expect(await status(code)).toBe('valid');
    expect(await emailsTo(learner.email)).toEqual([]);
    expect(await db.certificateEvent.count({ where: { certificate: { code } } })).toBe(0);
  });

  it('emails the holder the reason, then reinstates within the grace period: valid again, holder told, both steps in the audit trail', async () => {
    const { code, learner, admin } = await certified('undo');
    await expect(redirectOf(() => revoke(admin, code, 'Issued to the wrong account.'))).resolves.toContain('notice=certificate-revoked');
    expect(await status(code)).toBe('revoked');
    const [revoked] = await emailsTo(learner.email);
    expect(revoked?.subject).toBe(`Postwise: your certificate ${code} has been revoked`);
    expect(revoked?.text).toContain('Reason given: Issued to the wrong account.');
    expect(revoked?.text).toContain(`${origin}/verify/${code}`);

    const consoleWhileRevoked = await runAsUser(admin, async () => renderToStaticMarkup(await AdminCertificatesPage({ searchParams: Promise.resolve({ q: code }) })));
    expect(consoleWhileRevoked).toContain('Reinstate');

    const notice = await redirectOf(() => runAsUser(admin, () => reinstateCertificateAction(null, formData({ code, confirm: 'yes' }))));
    expect(new URL(notice, origin).searchParams.get('notice')).toBe('certificate-reinstated');
    expect(await status(code)).toBe('valid');
    const page = renderToStaticMarkup(await VerifyCertificatePage({ params: Promise.resolve({ code }) }));
    expect(page).toContain('Valid certificate');
    expect(page).not.toContain('Issued to the wrong account.');
    const emails = await emailsTo(learner.email);
    expect(emails.map((email) => email.subject)).toEqual([`Postwise: your certificate ${code} has been revoked`, `Postwise: your certificate ${code} has been reinstated`]);

    const trail = await db.certificateEvent.findMany({ where: { certificate: { code } }, orderBy: { createdAt: 'asc' }, select: { kind: true, reason: true, actorId: true } });
    expect(trail).toEqual([
      { kind: 'revoked', reason: 'Issued to the wrong account.', actorId: admin.id },
      { kind: 'reinstated', reason: null, actorId: admin.id },
    ]);
    const consoleAfter = await runAsUser(admin, async () => renderToStaticMarkup(await AdminCertificatesPage({ searchParams: Promise.resolve({ q: code }) })));
    expect(consoleAfter).toContain(`History of ${code}`);
    expect(consoleAfter).toContain(`revoked by ${admin.email} (reason: Issued to the wrong account.)`);
    expect(consoleAfter).toContain(`reinstated by ${admin.email}`);

    // Reinstating again: nothing is revoked any more.
    const again = await runAsUser(admin, () => reinstateCertificateAction(null, formData({ code, confirm: 'yes' })));
    expect(again).toMatchObject({ message: `Certificate ${code} is not revoked, so there is nothing to reinstate.` });
  });

  it('refuses to reinstate after the grace period, with the dates, and the revocation stands', async () => {
    const { code, admin } = await certified('late');
    await redirectOf(() => revoke(admin, code, 'Completed by someone else.'));
    // The revocation happened 31 days ago: one day past the default 30.
    await db.certificate.update({ where: { code }, data: { revokedAt: new Date(Date.now() - 31 * DAY_MS) } });

    const failure = await runAsUser(admin, () => reinstateCertificateAction(null, formData({ code, confirm: 'yes' })));
    expect(failure).toMatchObject({ message: expect.stringMatching(new RegExp(`^Certificate ${code} was revoked on .+; it could be reinstated for 30 days, until .+\\. The revocation now stands`)) });
    expect(await status(code)).toBe('revoked');
    const page = await runAsUser(admin, async () => renderToStaticMarkup(await AdminCertificatesPage({ searchParams: Promise.resolve({ q: code }) })));
    expect(page).toContain('The time to reinstate it ended on');
    expect(page).not.toContain('>Reinstate<');
  });

  it('takes the grace period from CERTIFICATE_REINSTATE_DAYS', async () => {
    const { code, admin } = await certified('configured');
    setEnv({ PUBLIC_BASE_URL: origin, CERTIFICATE_REINSTATE_DAYS: 5 });
    await redirectOf(() => revoke(admin, code, 'Checked the wrong record.'));
    await db.certificate.update({ where: { code }, data: { revokedAt: new Date(Date.now() - 6 * DAY_MS) } });
    expect(await runAsUser(admin, () => reinstateCertificateAction(null, formData({ code, confirm: 'yes' })))).toMatchObject({
      message: expect.stringContaining('it could be reinstated for 5 days'),
    });
    await db.certificate.update({ where: { code }, data: { revokedAt: new Date(Date.now() - 4 * DAY_MS) } });
    await expect(redirectOf(() => runAsUser(admin, () => reinstateCertificateAction(null, formData({ code, confirm: 'yes' }))))).resolves.toContain(
      'notice=certificate-reinstated',
    );
    expect(await status(code)).toBe('valid');
    expect(notices['certificate-reinstated']).toContain('valid again');
  });
});
