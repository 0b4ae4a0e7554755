import { createPublicKey, verify } from 'node:crypto';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it, vi } from 'vitest';
import { extractPdfText } from '@/lib/certificates/pdf-text.test-support';
import { formatLongDate } from '@/lib/cpd/plain-date';
import type { Database } from '@/lib/server/db/create-client';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { getSigningKey } from '@/lib/server/certificates/get-signing-key';
import { issueCertificate } from '@/lib/server/certificates/issue-certificate';
import { getCertificateAction, saveFeedbackAction, saveReflectionAction } from '@/app/learn/[moduleId]/complete/actions';
import { GET as downloadPdf } from '@/app/certificates/[code]/pdf/route';
import { GET as verifyJson } from '@/app/verify/[code]/json/route';
import VerifyCertificatePage from '@/app/verify/[code]/page';
import CertificatePage from '@/app/certificates/[code]/page';
import CompleteModulePage from '@/app/learn/[moduleId]/complete/page';
import { GET as publishedKeys } from '@/app/.well-known/postwise-certificate-keys.json/route';
import { revokeCertificateAction } from '@/app/admin/certificates/actions';
import AdminCertificatesPage from '@/app/admin/certificates/page';
import { notices } from '@/lib/forms/notices';
import { runAppOnTestDatabase, setEnv } from '@/tests/integration/authorization/support/app-harness';
import { request, routeParams } from '@/tests/integration/authorization/support/matrix';
import { formData } from '@/tests/integration/authorization/support/personas';
import { redirectOf } from '@/tests/integration/support/outcomes';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { createAttempt, createLearner, publishCertificateModule, reflectionOf } from './fixtures';

vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }));
vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const origin = 'https://cpd.example.org';

interface VerifyJson {
  certificate: { learner: { name: string }; cpdHours: { display: string; quarterHours: number } } | null;
  contentJson: string;
  signature: string;
  keyId: string;
  signatureValid: boolean;
  status: string;
  revokedAt: string | null;
  revokedReason: string | null;
}

async function readVerifyJson(code: string): Promise<{ status: number; body: VerifyJson; cacheControl: string | null }> {
  const response = await verifyJson(request(`/verify/${code}/json`), routeParams({ code }));
  return { status: response.status, body: (await response.json()) as VerifyJson, cacheControl: response.headers.get('Cache-Control') };
}

async function renderVerifyPage(code: string): Promise<string> {
  return renderToStaticMarkup(await VerifyCertificatePage({ params: Promise.resolve({ code }) }));
}

describeEachDatabase('Certificates', (getDb) => {
  let db: Database;
  let tag = 0;
  runAppOnTestDatabase(getDb, { PUBLIC_BASE_URL: origin }, (database) => {
    db = database;
    tag += 1;
  });

  /** A learner who played both scenarios to an ending for 20 + 45 minutes (plus a 10-minute replay in progress). */
  async function learnerWhoPlayedEverything(label: string) {
    const moduleId = `cert-${label}-${tag}`;
    const published = await publishCertificateModule(db, moduleId);
    const learner = await createLearner(db, `${moduleId}-learner`, { gdcNumber: '123456' });
    const [first, second] = published.scenarioVersionIds as [string, string];
    await createAttempt(db, { userId: learner.id, scenarioVersionId: first, activeSeconds: 1200, completedAt: new Date('2026-03-02T10:00:00Z') });
    await createAttempt(db, { userId: learner.id, scenarioVersionId: second, activeSeconds: 2700, completedAt: new Date('2026-03-03T10:00:00Z') });
    await createAttempt(db, { userId: learner.id, scenarioVersionId: second, activeSeconds: 600 });
    return { moduleId, learner, published };
  }

  async function completeModule(label: string) {
    const context = await learnerWhoPlayedEverything(label);
    await db.moduleReflection.create({ data: { userId: context.learner.id, moduleId: context.moduleId, text: reflectionOf(60) } });
    await db.moduleFeedback.create({ data: { userId: context.learner.id, moduleId: context.moduleId, rating: 4, comment: 'Useful.' } });
    return context;
  }

  it('refuses a reflection under 50 words and keeps nothing', async () => {
    const { moduleId, learner } = await learnerWhoPlayedEverything('short');
    const result = await runAsUser(learner, () => saveReflectionAction(null, formData({ moduleId, text: reflectionOf(49) })));
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(result?.message).toContain('at least 50 words; you have written 49');
    expect(await db.moduleReflection.count({ where: { userId: learner.id } })).toBe(0);

    const saved = await runAsUser(learner, () => redirectOf(() => saveReflectionAction(null, formData({ moduleId, text: reflectionOf(50) }))));
    expect(saved).toBe(`/learn/${moduleId}/complete?saved=reflection#reflection-heading`);
    expect(await db.moduleReflection.count({ where: { userId: learner.id, moduleId } })).toBe(1);
  });

  it('requires module feedback before issuing, then issues once everything is done', async () => {
    const { moduleId, learner } = await learnerWhoPlayedEverything('feedback');
    await runAsUser(learner, () => redirectOf(() => saveReflectionAction(null, formData({ moduleId, text: reflectionOf(55) }))));

    const refused = await runAsUser(learner, () => getCertificateAction(null, formData({ moduleId })));
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT', message: 'Give your feedback on the module.' });
    expect(await db.certificate.count({ where: { userId: learner.id } })).toBe(0);

    const noRating = await runAsUser(learner, () => saveFeedbackAction(null, formData({ moduleId, comment: 'Clear and practical.' })));
    expect(noRating).toMatchObject({ ok: false, code: 'VALIDATION', message: 'Choose a rating from 1 to 5.' });
    await runAsUser(learner, () => redirectOf(() => saveFeedbackAction(null, formData({ moduleId, rating: '5', comment: 'Clear and practical.' }))));

    const target = await runAsUser(learner, () => redirectOf(() => getCertificateAction(null, formData({ moduleId }))));
    const certificate = await db.certificate.findFirstOrThrow({ where: { userId: learner.id, moduleId }, select: { code: true } });
    expect(target).toBe(`/certificates/${certificate.code}`);
  });

  it('shows the learner what is missing on the completion page, then the certificate with its QR code to its owner only', async () => {
    const { moduleId, learner } = await learnerWhoPlayedEverything('pages');
    const stranger = await createLearner(db, `${moduleId}-stranger`);
    const renderCompletion = () =>
      runAsUser(learner, async () =>
        renderToStaticMarkup(await CompleteModulePage({ params: Promise.resolve({ moduleId }), searchParams: Promise.resolve({}) })),
      );
    const before = await renderCompletion();
    expect(before).toContain('Scenarios: 2 of 2 played to an ending');
    expect(before).toContain('Write your reflection: at least 50 words (you have 0).');
    expect(before).toContain('Give your feedback on the module.');
    expect(before).toMatch(/<button[^>]*disabled=""[^>]*>Get my certificate<\/button>/);

    await db.moduleReflection.create({ data: { userId: learner.id, moduleId, text: reflectionOf(60) } });
    await db.moduleFeedback.create({ data: { userId: learner.id, moduleId, rating: 4, comment: 'Useful.' } });
    expect(await renderCompletion()).toMatch(/<button(?![^>]*disabled="")[^>]*>Get my certificate<\/button>/);

    const { code } = await issueCertificate({ userId: learner.id, moduleId, origin });
    expect(await renderCompletion()).toContain(`href="/certificates/${code}"`);
    const renderCertificate = (user: { id: string }) =>
      runAsUser(user, async () => renderToStaticMarkup(await CertificatePage({ params: Promise.resolve({ code }) })));
    const page = await renderCertificate(learner);
    expect(page).toContain(`href="/certificates/${code}/pdf"`);
    expect(page).toContain('Download PDF');
    expect(page).toMatch(/<svg[^>]*role="img"[^>]*aria-label="QR code linking to https:\/\/cpd.example.org\/verify\/PW-/);
    expect(page).toContain('rounded down to the nearest quarter hour');
    await expect(renderCertificate(stranger)).rejects.toMatchObject({ digest: expect.stringContaining('404') });
  });

  it('refuses a certificate while a scenario has not reached an ending', async () => {
    const moduleId = `cert-unfinished-${tag}`;
    const published = await publishCertificateModule(db, moduleId);
    const learner = await createLearner(db, `${moduleId}-learner`);
    await createAttempt(db, { userId: learner.id, scenarioVersionId: published.scenarioVersionIds[0]!, activeSeconds: 3600, completedAt: new Date() });
    await createAttempt(db, { userId: learner.id, scenarioVersionId: published.scenarioVersionIds[1]!, activeSeconds: 600 });
    await db.moduleReflection.create({ data: { userId: learner.id, moduleId, text: reflectionOf(60) } });
    await db.moduleFeedback.create({ data: { userId: learner.id, moduleId, rating: 3, comment: 'Fine.' } });
    await expect(issueCertificate({ userId: learner.id, moduleId, origin })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Play 1 more scenario to an ending.',
    });
  });

  it('refuses to sign a name the certificate fonts cannot print, saved before the profile checked names', async () => {
    const { moduleId, learner } = await learnerWhoPlayedEverything('unprintable');
    await db.user.update({ where: { id: learner.id }, data: { certificateName: '中村 太郎' } });
    await db.moduleReflection.create({ data: { userId: learner.id, moduleId, text: reflectionOf(60) } });
    await db.moduleFeedback.create({ data: { userId: learner.id, moduleId, rating: 4, comment: 'Useful.' } });
    await expect(issueCertificate({ userId: learner.id, moduleId, origin })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Your certificate name has characters certificates cannot print (中 村 太 郎)'),
    });
    expect(await db.certificate.count({ where: { userId: learner.id } })).toBe(0);
  });

  it('explains that 15 minutes of active learning are needed when the learner spent less', async () => {
    const moduleId = `cert-quick-${tag}`;
    const published = await publishCertificateModule(db, moduleId);
    const learner = await createLearner(db, `${moduleId}-learner`);
    for (const scenarioVersionId of published.scenarioVersionIds) {
      await createAttempt(db, { userId: learner.id, scenarioVersionId, activeSeconds: 400, completedAt: new Date() });
    }
    await db.moduleReflection.create({ data: { userId: learner.id, moduleId, text: reflectionOf(60) } });
    await db.moduleFeedback.create({ data: { userId: learner.id, moduleId, rating: 3, comment: 'Fine.' } });
    await expect(issueCertificate({ userId: learner.id, moduleId, origin })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'You have spent 13 minutes of active learning on this module; at least 15 minutes of active learning are needed for a certificate.',
    });
  });

  it('issues exactly one certificate to five concurrent requests', async () => {
    const { moduleId, learner } = await completeModule('race');
    const results = await Promise.all(Array.from({ length: 5 }, () => issueCertificate({ userId: learner.id, moduleId, origin })));
    const codes = new Set(results.map((result) => result.code));
    expect(codes.size).toBe(1);
    expect(results.filter((result) => result.issued)).toHaveLength(1);
    expect(await db.certificate.count({ where: { userId: learner.id, moduleId } })).toBe(1);
    // A later request (another tab) gets the same certificate back.
    expect(await issueCertificate({ userId: learner.id, moduleId, origin })).toEqual({ code: [...codes][0], issued: false });
  });

  it('issues a PDF, to its owner only, that prints every required field', async () => {
    const { moduleId, learner } = await completeModule('pdf');
    const stranger = await createLearner(db, `${moduleId}-stranger`);
    const { code } = await issueCertificate({ userId: learner.id, moduleId, origin });
    const response = await runAsUser(learner, () => downloadPdf(request(`/certificates/${code}/pdf`), routeParams({ code })));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(response.headers.get('Content-Disposition')).toContain(`postwise-certificate-${code}.pdf`);

    const stored = await db.certificate.findUniqueOrThrow({ where: { code }, select: { contentJson: true } });
    const { completedOn } = JSON.parse(stored.contentJson) as { completedOn: string };
    const { text } = await extractPdfText(bytes);
    for (const field of [
      `Zoë ${moduleId}-learner Łukasz`,
      'GDC number 123456',
      'Social media and your professional reputation',
      'Postwise Learning',
      // 20 + 45 + 10 minutes = 1.25 hours, under the 1.75 the module provides.
      '1.25 hours',
      formatLongDate(completedOn),
      code,
      'Version 2',
      'Recognise jigsaw identification',
      'Effective communication with patients',
      'Legal and ethical issues',
      'the Harbourside dentolegal advisory team',
      `cpd.example.org`,
      `/verify/${code}`,
    ]) {
      expect(text).toContain(field);
    }

    const strangers = await runAsUser(stranger, () => downloadPdf(request(`/certificates/${code}/pdf`), routeParams({ code })));
    expect(strangers.status).toBe(404);
    const anonymous = await runAsUser(null, () => downloadPdf(request(`/certificates/${code}/pdf`), routeParams({ code })));
    expect(anonymous.status).toBe(401);
  });

  it('verifies publicly from the stored content, and anyone can check the signature offline with the published key', async () => {
    const { moduleId, learner } = await completeModule('verify');
    const { code } = await issueCertificate({ userId: learner.id, moduleId, origin });

    // Typed from paper: lower case, without dashes.
    const { status, body, cacheControl } = await readVerifyJson(code.replace(/-/g, '').toLowerCase());
    expect(status).toBe(200);
    expect(cacheControl).toBe('no-store');
    expect(body).toMatchObject({ status: 'valid', signatureValid: true, revokedAt: null, revokedReason: null });
    expect(body.certificate?.learner.name).toBe(`Zoë ${moduleId}-learner Łukasz`);

    const keysResponse = await publishedKeys();
    const { keys } = (await keysResponse.json()) as { keys: Array<{ kid: string; x: string }> };
    const jwk = keys.find((key) => key.kid === body.keyId);
    expect(jwk).toBeDefined();
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk!.x }, format: 'jwk' });
    expect(verify(null, Buffer.from(body.contentJson, 'utf8'), publicKey, Buffer.from(body.signature, 'base64url'))).toBe(true);

    const page = await renderVerifyPage(code);
    expect(page).toContain('Valid certificate');
    expect(page).toContain(body.signature);
    expect(page).toContain(body.keyId);
  });

  it('says the signature does not match when a stored field is changed', async () => {
    const { moduleId, learner } = await completeModule('tamper');
    const { code } = await issueCertificate({ userId: learner.id, moduleId, origin });
    const stored = await db.certificate.findUniqueOrThrow({ where: { code }, select: { contentJson: true } });
    await db.certificate.update({ where: { code }, data: { contentJson: stored.contentJson.replace('"display":"1.25 hours"', '"display":"10 hours"') } });

    const { body } = await readVerifyJson(code);
    expect(body).toMatchObject({ status: 'signature-mismatch', signatureValid: false });
    expect(body.certificate?.cpdHours.display).toBe('10 hours');
    const page = await renderVerifyPage(code);
    expect(page).toContain('the signature does not match');
    expect(page).not.toContain('Valid certificate');
  });

  it('says so for an unknown code and for a revoked certificate', async () => {
    const unknown = await readVerifyJson('PW-0000-0000-0000');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'NOT_FOUND', message: 'No certificate has this code.' } });
    await expect(renderVerifyPage('PW-0000-0000-0000')).rejects.toMatchObject({ digest: expect.stringContaining('404') });

    const { moduleId, learner } = await completeModule('revoke');
    const admin = await db.user.create({ data: { email: `admin-${moduleId}@example.test`, isAdmin: true }, select: { id: true } });
    const { code } = await issueCertificate({ userId: learner.id, moduleId, origin });
    const notice = await runAsUser(admin, () =>
      redirectOf(() => revokeCertificateAction(null, formData({ code: code.toLowerCase(), reason: 'Issued in error after a data fix.', confirm: 'yes' }))),
    );
    expect(new URL(notice, origin).searchParams.get('notice')).toBe('certificate-revoked');
    const consoleAfterRevoking = await runAsUser(admin, async () =>
      renderToStaticMarkup(await AdminCertificatesPage({ searchParams: Promise.resolve(Object.fromEntries(new URL(notice, origin).searchParams)) })),
    );
    expect(consoleAfterRevoking).toContain(notices['certificate-revoked']);
    // Text put in ?notice= by whoever wrote the link is never shown.
    const lie = 'Certificate checks are moving: sign in at postwise-verify.example';
    const consoleFromALink = await runAsUser(admin, async () =>
      renderToStaticMarkup(await AdminCertificatesPage({ searchParams: Promise.resolve({ notice: lie }) })),
    );
    expect(consoleFromALink).not.toContain(lie);

    const { body } = await readVerifyJson(code);
    expect(body).toMatchObject({ status: 'revoked', revokedReason: 'Issued in error after a data fix.' });
    expect(body.revokedAt).not.toBeNull();
    const page = await renderVerifyPage(code);
    expect(page).toContain('Revoked: this certificate is no longer valid');
    expect(page).toContain('Issued in error after a data fix.');
    const pdf = await runAsUser(learner, () => downloadPdf(request(`/certificates/${code}/pdf`), routeParams({ code })));
    expect(pdf.status).toBe(409);
  });

  it('stores a generated signing key before signing with it, and racing first uses all sign with a stored key', async () => {
    await db.signingKey.deleteMany({ where: { privateKey: { not: '' } } });
    const keys = await Promise.all(Array.from({ length: 5 }, () => getSigningKey()));
    const stored = await db.signingKey.findMany({ select: { id: true } });
    for (const key of keys) expect(stored.map((row) => row.id)).toContain(key.keyId);
    // Once the race is over, every caller agrees on the oldest key.
    const settled = await Promise.all(Array.from({ length: 3 }, () => getSigningKey()));
    expect(new Set(settled.map((key) => key.keyId)).size).toBe(1);
  });

  it('signs with CERTIFICATE_SIGNING_KEY when set and publishes it beside the retired keys configured', async () => {
    const { generateSigningKeyPair } = await import('@/lib/certificates/signing');
    const retired = generateSigningKeyPair();
    const configured = generateSigningKeyPair();
    setEnv({ PUBLIC_BASE_URL: origin, CERTIFICATE_SIGNING_KEY: retired.privateKeyPem });
    const first = await completeModule('retired');
    const { code: signedByRetired } = await issueCertificate({ userId: first.learner.id, moduleId: first.moduleId, origin });

    setEnv({ PUBLIC_BASE_URL: origin, CERTIFICATE_SIGNING_KEY: configured.privateKeyPem, CERTIFICATE_RETIRED_PUBLIC_KEYS: [retired.publicKeyPem] });
    const { moduleId, learner } = await completeModule('configured');
    const { code } = await issueCertificate({ userId: learner.id, moduleId, origin });
    expect((await readVerifyJson(code)).body).toMatchObject({ keyId: configured.keyId, signatureValid: true });
    expect((await readVerifyJson(signedByRetired)).body).toMatchObject({ keyId: retired.keyId, signatureValid: true });
    const published = ((await (await publishedKeys()).json()) as { keys: Array<{ kid: string }> }).keys.map((key) => key.kid);
    expect(published).toEqual([retired.keyId, configured.keyId]);
    const row = await db.signingKey.findUniqueOrThrow({ where: { id: configured.keyId }, select: { privateKey: true } });
    expect(row.privateKey).toBe('');

    // Once retired keys are no longer listed, certificates they signed stop verifying.
    setEnv({ PUBLIC_BASE_URL: origin, CERTIFICATE_SIGNING_KEY: configured.privateKeyPem });
    expect((await readVerifyJson(signedByRetired)).body).toMatchObject({ status: 'signature-mismatch', signatureValid: false });
  });

  it('trusts only configured keys when CERTIFICATE_SIGNING_KEY is set, not a key row someone inserted', async () => {
    const { generateSigningKeyPair } = await import('@/lib/certificates/signing');
    const configured = generateSigningKeyPair();
    const forged = generateSigningKeyPair();
    setEnv({ PUBLIC_BASE_URL: origin, CERTIFICATE_SIGNING_KEY: forged.privateKeyPem });
    const { moduleId, learner } = await completeModule('forged');
    const { code } = await issueCertificate({ userId: learner.id, moduleId, origin });
    // A forger with database access stores their key as if generated here...
    await db.signingKey.update({ where: { id: forged.keyId }, data: { privateKey: forged.privateKeyPem } });

    setEnv({ PUBLIC_BASE_URL: origin, CERTIFICATE_SIGNING_KEY: configured.privateKeyPem });
    const { body } = await readVerifyJson(code);
    expect(body).toMatchObject({ keyId: forged.keyId, status: 'signature-mismatch', signatureValid: false });
    expect(await renderVerifyPage(code)).not.toContain('This certificate is valid');
    const published = ((await (await publishedKeys()).json()) as { keys: Array<{ kid: string }> }).keys.map((key) => key.kid);
    expect(published).toEqual([configured.keyId]);
  });
});
