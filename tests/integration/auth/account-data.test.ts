import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { formData } from '@/tests/integration/authorization/support/personas';
import type { Database } from '@/lib/server/db/create-client';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { GET as exportMyData } from '@/app/account/export/route';
import { deleteAccount } from '@/app/account/actions';
import { updateProfile } from '@/app/profile/actions';
import type { RequestCookies } from '@/tests/integration/support/request-headers';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);
const requestCookies = vi.hoisted(() => ({ list: [] as RequestCookies['list'] }));
vi.mock('next/headers', async () => (await import('@/tests/integration/support/request-headers')).nextHeadersModule(requestCookies));

/** A learner with one of everything the app stores about a person, all marked with `tag`. */
async function createLearnerWithHistory(db: Database, tag: string) {
  const user = await db.user.create({
    data: { email: `${tag}@example.test`, name: `Name ${tag}`, certificateName: `Certificate ${tag}`, gdcNumber: '123456' },
    select: { id: true, email: true },
  });
  const moduleId = `module-${tag}`;
  await db.cpdModule.create({ data: { id: moduleId, title: `Module ${tag}` } });
  const moduleVersion = await db.moduleVersion.create({
    data: { moduleId, version: 1, definitionJson: '{}', contentHash: `mh-${tag}` },
    select: { id: true },
  });
  await db.scenario.create({ data: { id: `scenario-${tag}`, moduleId, position: 1, title: `Scenario ${tag}` } });
  const scenarioVersion = await db.scenarioVersion.create({
    data: { scenarioId: `scenario-${tag}`, version: 1, definitionJson: '{}', contentHash: `sh-${tag}` },
    select: { id: true },
  });
  await db.attempt.create({
    data: {
      userId: user.id,
      scenarioVersionId: scenarioVersion.id,
      snapshotJson: '{}',
      events: {
        create: { sequence: 1, sceneId: 'opening', kind: 'compose', optionsShownJson: '[]', composedText: `Reply ${tag}`, contentHash: `sh-${tag}` },
      },
      activeTimeCredits: {
        create: { userId: user.id, startedAt: new Date('2026-11-02T09:00:00Z'), endedAt: new Date('2026-11-02T09:00:42Z'), seconds: 42 },
      },
    },
  });
  await db.learnerActivity.create({ data: { userId: user.id, creditedUntil: new Date('2026-11-02T09:00:42Z') } });
  await db.moduleReflection.create({ data: { userId: user.id, moduleId, text: `Reflection ${tag}` } });
  await db.moduleFeedback.create({ data: { userId: user.id, moduleId, rating: 4, comment: `Feedback ${tag}` } });
  const certificate = await db.certificate.create({
    data: {
      code: `CODE-${tag}`,
      userId: user.id,
      moduleId,
      moduleVersionId: moduleVersion.id,
      contentJson: JSON.stringify({ learnerName: `Certificate ${tag}`, module: `Module ${tag}` }),
      signature: 'c2lnbmF0dXJl',
      signingKeyId: 'test-key',
    },
    select: { id: true, code: true, contentJson: true, signature: true },
  });
  await db.externalCpdActivity.create({
    data: { userId: user.id, title: `Course ${tag}`, provider: 'Deanery', completedOn: new Date('2026-03-01'), minutes: 90, outcomes: 'AC' },
  });
  await db.plannedCpdActivity.create({ data: { userId: user.id, title: `Plan ${tag}`, outcomes: 'B', timeframe: '2026' } });
  await db.session.create({ data: { userId: user.id, sessionToken: `token-${tag}`, expires: new Date(Date.now() + 86_400_000) } });
  await db.practice.create({
    data: {
      name: `Practice ${tag}`,
      invitations: { create: { email: user.email, role: 'member', tokenHash: `hash-${tag}`, expiresAt: new Date(Date.now() + 86_400_000) } },
    },
  });
  // An invitation to manage a group, addressed to the learner (ADR 023): keyed by address, as above.
  await db.organisation.create({
    data: {
      name: `Group ${tag}`,
      invitations: { create: { email: user.email, tokenHash: `group-hash-${tag}`, expiresAt: new Date(Date.now() + 86_400_000) } },
    },
  });
  return { user, moduleId, certificate };
}

describeEachDatabase('Learner data rights', (getDb) => {
  beforeAll(() => useTestDatabase(getDb()));

  it('exports everything keyed to the learner, and nothing of anyone else', async () => {
    const mine = await createLearnerWithHistory(getDb(), `mine-${randomUUID().slice(0, 8)}`);
    const theirs = await createLearnerWithHistory(getDb(), `theirs-${randomUUID().slice(0, 8)}`);

    const response = await runAsUser(mine.user, () => exportMyData());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="postwise-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = await response.text();
    const data = JSON.parse(body) as Record<string, unknown>;

    const tag = mine.user.email.split('@')[0];
    for (const text of [`Practice ${tag}`, `Group ${tag}`, `Certificate ${tag}`, `Reply ${tag}`, `Reflection ${tag}`, `Feedback ${tag}`, `Course ${tag}`, `Plan ${tag}`, `CODE-${tag}`, '123456']) {
      expect(body).toContain(text);
    }
    expect(data).toMatchObject({
      profile: { email: mine.user.email },
      attempts: [
        {
          events: [{ composedText: `Reply ${tag}` }],
          activeTimeCredits: [{ startedAt: '2026-11-02T09:00:00.000Z', endedAt: '2026-11-02T09:00:42.000Z', seconds: 42 }],
        },
      ],
      activeTimeCreditedUntil: '2026-11-02T09:00:42.000Z',
    });
    // Nothing of the other learner, and no secret that would let the reader act as the learner.
    expect(body).not.toContain(theirs.user.email.split('@')[0]);
    expect(body).not.toContain(theirs.user.id);
    expect(body).not.toContain(`token-${tag}`);
    expect(body).not.toContain(`hash-${tag}`);
    expect(data).toMatchObject({ groupInvitationsReceived: [{ groupName: `Group ${tag}` }] });
  });

  it('refuses to export for someone signed out', async () => {
    const response = await runAsUser(null, () => exportMyData());
    expect(response.status).toBe(401);
  });

  it('deletes the account and personal data but keeps certificates verifiable and feedback anonymous', async () => {
    const db = getDb();
    const mine = await createLearnerWithHistory(db, `leaving-${randomUUID().slice(0, 8)}`);
    const theirs = await createLearnerWithHistory(db, `staying-${randomUUID().slice(0, 8)}`);

    const wrong = await runAsUser(mine.user, () => deleteAccount({ ok: null }, formData({ confirmEmail: 'someone-else@example.test' })));
    expect(wrong).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await db.user.count({ where: { id: mine.user.id } })).toBe(1);

    // The browser also holds a cookie of another site's: only the session cookie goes.
    requestCookies.list = [
      { name: 'authjs.session-token', value: 'this-browsers-session' },
      { name: 'unrelated', value: 'kept' },
    ];
    await expect(
      runAsUser(mine.user, () => deleteAccount({ ok: null }, formData({ confirmEmail: mine.user.email.toUpperCase() }))),
    ).rejects.toThrow('NEXT_REDIRECT');
    // The browser forgets the cookie of its ended session, so the page it is sent to shows it signed out.
    expect(requestCookies.list).toEqual([{ name: 'unrelated', value: 'kept' }]);

    expect(await db.user.count({ where: { id: mine.user.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: mine.user.id } })).toBe(0);
    expect(await db.attempt.count({ where: { userId: mine.user.id } })).toBe(0);
    expect(await db.moduleReflection.count({ where: { moduleId: mine.moduleId } })).toBe(0);
    expect(await db.externalCpdActivity.count({ where: { userId: mine.user.id } })).toBe(0);
    expect(await db.plannedCpdActivity.count({ where: { userId: mine.user.id } })).toBe(0);
    expect(await db.invitation.count({ where: { email: mine.user.email } })).toBe(0);
    expect(await db.organisationInvitation.count({ where: { email: mine.user.email } })).toBe(0);

    const certificate = await db.certificate.findUniqueOrThrow({
      where: { code: mine.certificate.code },
      select: { userId: true, contentJson: true, signature: true },
    });
    expect(certificate).toEqual({ userId: null, contentJson: mine.certificate.contentJson, signature: mine.certificate.signature });
    expect(JSON.parse(certificate.contentJson)).toMatchObject({ learnerName: expect.stringMatching(/^Certificate leaving-/) });
    expect(await db.moduleFeedback.findFirst({ where: { moduleId: mine.moduleId }, select: { userId: true } })).toEqual({ userId: null });

    // The other learner is untouched.
    expect(await db.certificate.count({ where: { userId: theirs.user.id } })).toBe(1);
    expect(await db.attempt.count({ where: { userId: theirs.user.id } })).toBe(1);
  });

  it('will not leave a practice without an owner', async () => {
    const db = getDb();
    const tag = randomUUID().slice(0, 8);
    const owner = await db.user.create({ data: { email: `owner-${tag}@example.test` }, select: { id: true, email: true } });
    const member = await db.user.create({ data: { email: `member-${tag}@example.test` }, select: { id: true } });
    const practice = await db.practice.create({
      data: { name: `Solo Dental ${tag}`, members: { create: [{ userId: owner.id, role: 'owner' }, { userId: member.id, role: 'member' }] } },
      select: { id: true },
    });

    const refused = await runAsUser(owner, () => deleteAccount({ ok: null }, formData({ confirmEmail: owner.email })));
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining(`Solo Dental ${tag}`) });
    expect(await db.user.count({ where: { id: owner.id } })).toBe(1);

    await db.practiceMembership.deleteMany({ where: { practiceId: practice.id, userId: member.id } });
    await expect(runAsUser(owner, () => deleteAccount({ ok: null }, formData({ confirmEmail: owner.email })))).rejects.toThrow('NEXT_REDIRECT');
    expect(await db.practice.count({ where: { id: practice.id } })).toBe(0);
  });

  it('saves a valid profile and changes nothing when any field is invalid', async () => {
    const db = getDb();
    const user = await db.user.create({ data: { email: `profile-${randomUUID().slice(0, 8)}@example.test` }, select: { id: true } });
    const valid = { certificateName: 'Dr Amina Yusuf', gdcNumber: '0123456', registrantType: 'dental-hygienist', teamRole: 'practice-manager', cpdCycleStart: '2023-08-01' };

    const saved = await runAsUser(user, () => updateProfile({ ok: null, values: valid }, formData(valid)));
    expect(saved).toMatchObject({ ok: true });
    const stored = { certificateName: 'Dr Amina Yusuf', gdcNumber: '0123456', registrantType: 'dental-hygienist', teamRole: 'practice-manager', cpdCycleStart: new Date('2023-08-01T12:00:00.000Z') };
    const read = () => db.user.findUniqueOrThrow({ where: { id: user.id }, select: { certificateName: true, gdcNumber: true, registrantType: true, teamRole: true, cpdCycleStart: true } });
    expect(await read()).toEqual(stored);

    const invalid: Array<[keyof typeof valid, string]> = [
      ['certificateName', ' '],
      ['certificateName', 'A<script>'],
      ['gdcNumber', '12-34'],
      ['gdcNumber', 'GDC123'],
      ['registrantType', 'dentist-ish'],
      ['teamRole', 'head-receptionist'],
      ['cpdCycleStart', '2023-02-30'],
      ['cpdCycleStart', '2010-01-01'],
      ['cpdCycleStart', 'next year'],
      ['cpdCycleStart', '2023-01-01'],
      ['certificateName', '中村 太郎'],
      ['certificateName', 'Amina 😀'],
    ];
    for (const [field, value] of invalid) {
      const input = { ...valid, certificateName: 'Changed Name', [field]: value };
      const result = await runAsUser(user, () => updateProfile({ ok: null, values: input }, formData(input)));
      expect(result, `${field}=${value}`).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { [field]: expect.arrayContaining([expect.any(String)]) } });
      expect(await read(), `${field}=${value}`).toEqual(stored);
    }

    const cleared = { certificateName: 'Amina Yusuf', gdcNumber: '', registrantType: '', teamRole: '', cpdCycleStart: '' };
    await runAsUser(user, () => updateProfile({ ok: null, values: cleared }, formData(cleared)));
    expect(await read()).toEqual({ certificateName: 'Amina Yusuf', gdcNumber: null, registrantType: null, teamRole: null, cpdCycleStart: null });
  });
});
