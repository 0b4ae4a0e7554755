import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { extractPdfText } from '@/lib/certificates/pdf-text.test-support';
import { cpdYearOf } from '@/lib/cpd/cpd-cycle';
import { ukDateOf } from '@/lib/cpd/plain-date';
import type { Database } from '@/lib/server/db/create-client';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import { issueCertificate } from '@/lib/server/certificates/issue-certificate';
import { getCpdRecord } from '@/lib/server/cpd-record/get-cpd-record';
import { addPlannedCpdAction, deleteExternalCpdAction, deletePlannedCpdAction, saveExternalCpdAction } from '@/app/cpd/actions';
import CpdPage from '@/app/cpd/page';
import { GET as exportRecord } from '@/app/cpd/export/route';
import { setEnv, useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { request } from '@/tests/integration/authorization/support/matrix';
import { formData } from '@/tests/integration/authorization/support/personas';
import { redirectOf } from '@/tests/integration/support/outcomes';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { createAttempt, createLearner, publishCertificateModule, reflectionOf } from '../certificates/fixtures';

vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }));
vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

async function renderCpdPage(): Promise<string> {
  return renderToStaticMarkup(await CpdPage({ searchParams: Promise.resolve({}) }));
}

const noon = (date: string) => new Date(`${date}T12:00:00Z`);

describeEachDatabase('CPD record', (getDb) => {
  let db: Database;
  let tag = 0;
  beforeAll(() => useTestDatabase(getDb()));
  beforeEach(() => {
    db = getDb();
    useTestDatabase(db);
    setEnv({ PUBLIC_BASE_URL: 'https://cpd.example.org' });
    tag += 1;
  });

  function external(userId: string, completedOn: string, minutes: number, outcomes: string, extra: { reflectionDone?: boolean } = {}) {
    return db.externalCpdActivity.create({
      data: { userId, title: `Course ${completedOn}`, provider: 'Deanery', completedOn: noon(completedOn), minutes, outcomes, ...extra },
    });
  }

  it("adds up a dentist's cycle, by year and outcome, with the two-year warnings, counting certificates but not revoked ones", async () => {
    const moduleId = `cpd-dentist-${tag}`;
    const published = await publishCertificateModule(db, moduleId);
    const dentist = await createLearner(db, `${moduleId}-learner`, { registrantType: 'dentist', cpdCycleStart: noon('2023-01-01'), gdcNumber: '654321' });
    for (const scenarioVersionId of published.scenarioVersionIds) {
      await createAttempt(db, { userId: dentist.id, scenarioVersionId, activeSeconds: 2250, completedAt: noon('2026-03-03') });
    }
    // Reflection and feedback dated too, so the certificate's completion date (the last of them) is fixed.
    await db.moduleReflection.create({ data: { userId: dentist.id, moduleId, text: reflectionOf(60), updatedAt: noon('2026-03-04') } });
    await db.moduleFeedback.create({ data: { userId: dentist.id, moduleId, rating: 5, comment: 'Good.', createdAt: noon('2026-03-04') } });
    await issueCertificate({ userId: dentist.id, moduleId, origin: 'https://cpd.example.org' });
    await external(dentist.id, '2024-06-10', 360, 'C', { reflectionDone: true });
    await external(dentist.id, '2021-05-01', 600, 'A');
    // A revoked certificate for another module is no longer evidence.
    const other = await publishCertificateModule(db, `${moduleId}-other`);
    const content = await db.certificate.findFirstOrThrow({ where: { userId: dentist.id }, select: { contentJson: true, signature: true, signingKeyId: true } });
    await db.certificate.create({
      data: { code: `PW-REVK-${String(tag).padStart(4, '0')}-0000`, userId: dentist.id, moduleId: `${moduleId}-other`, moduleVersionId: other.moduleVersionId, ...content, revokedAt: new Date(), revokedReason: 'Test' },
    });

    const { summary } = await getCpdRecord({ userId: dentist.id, today: noon('2026-05-20') });
    expect(summary).not.toBeNull();
    expect(summary!.cycle.label).toBe('2023–2027');
    expect(summary!.requiredMinutes).toBe(100 * 60);
    // The certificate credits 1.25 h (75 minutes of active time, of the 1.75 the module offers) and the 2024 course 6 h.
    expect(summary!.totalMinutes).toBe(75 + 360);
    expect(summary!.percentComplete).toBe(7);
    expect(summary!.outsideCycleCount).toBe(1);
    expect(summary!.years.map((year) => [year.label, year.minutes, year.status])).toEqual([
      ['2023', 0, 'past'],
      ['2024', 360, 'past'],
      ['2025', 0, 'past'],
      ['2026', 75, 'current'],
      ['2027', 0, 'future'],
    ]);
    expect(summary!.minutesByOutcome).toEqual({ A: 75, B: 0, C: 360, D: 75 });
    expect(summary!.twoYearChecks.map((check) => check.status)).toEqual(['missed', 'missed', 'at-risk', 'not-yet-due']);
    // The cycle requirement is only warned about in the cycle's last year.
    expect(summary!.warnings.map((warning) => warning.kind)).toEqual(['two-year-minimum-missed', 'two-year-minimum-missed', 'two-year-minimum-at-risk']);
    const [certificate] = summary!.activities.filter((activity) => activity.source === 'postwise');
    expect(certificate).toMatchObject({ completedOn: '2026-03-04', minutes: 75, reflectionDone: true });
    expect(summary!.warnings[2]!.message).toBe(
      'Complete 8 hours 45 minutes more by 31 December 2026 to reach the GDC minimum of 10 hours across the CPD years 2025 and 2026.',
    );
  });

  it("adds up a dental nurse's cycle on the August-to-July CPD years", async () => {
    const nurse = await createLearner(db, `cpd-nurse-${tag}`, { registrantType: 'dental-nurse', cpdCycleStart: noon('2023-08-01') });
    await external(nurse.id, '2026-07-31', 240, 'B');
    await external(nurse.id, '2026-08-01', 120, 'BD');

    const { summary } = await getCpdRecord({ userId: nurse.id, today: noon('2026-09-15') });
    expect(summary!.cycle.label).toBe('2023/24–2027/28');
    expect(summary!.requiredMinutes).toBe(50 * 60);
    expect(summary!.totalMinutes).toBe(360);
    expect(summary!.percentComplete).toBe(12);
    expect(summary!.years.map((year) => [year.label, year.minutes, year.status])).toEqual([
      ['2023/24', 0, 'past'],
      ['2024/25', 0, 'past'],
      ['2025/26', 240, 'past'],
      ['2026/27', 120, 'current'],
      ['2027/28', 0, 'future'],
    ]);
    expect(summary!.twoYearChecks.map((check) => check.status)).toEqual(['missed', 'missed', 'at-risk', 'not-yet-due']);
    expect(summary!.progress.map((point) => point.cumulativeMinutes)).toEqual([0, 0, 240, 360, null]);
  });

  it('shows the cycle against the requirement on /cpd, and points to the profile when the registrant type is missing', async () => {
    const today = ukDateOf(new Date());
    const dentist = await createLearner(db, `cpd-page-dentist-${tag}`, { registrantType: 'dentist', cpdCycleStart: noon(cpdYearOf(today, 'dentist').start) });
    const nurse = await createLearner(db, `cpd-page-nurse-${tag}`, { registrantType: 'dental-nurse', cpdCycleStart: noon(cpdYearOf(today, 'dental-nurse').start) });
    const unknown = await createLearner(db, `cpd-page-unknown-${tag}`);
    await external(dentist.id, today, 90, 'A');
    await external(nurse.id, today, 90, 'A');

    const dentistPage = await runAsUser(dentist, renderCpdPage);
    expect(dentistPage).toContain('1 hour 30 minutes of 100 hours');
    expect(dentistPage).toContain('Progress through the cycle');
    const nursePage = await runAsUser(nurse, renderCpdPage);
    expect(nursePage).toContain('1 hour 30 minutes of 50 hours');
    expect(nursePage).toContain('Dental nurse');
    const unknownPage = await runAsUser(unknown, renderCpdPage);
    expect(unknownPage).toContain('Your profile does not say what you are registered as');
    expect(unknownPage).toContain('href="/profile"');
    const refused = await runAsUser(unknown, () => exportRecord(request('/cpd/export?format=csv')));
    expect(refused.status).toBe(409);
  });

  it('assumes no cycle for a learner who has not given their cycle start, and asks for it', async () => {
    const learner = await createLearner(db, `cpd-no-cycle-${tag}`, { registrantType: 'dental-nurse' });
    await external(learner.id, ukDateOf(new Date()), 90, 'A');
    const record = await runAsUser(learner, () => getCpdRecord({ userId: learner.id }));
    expect(record.summary).toBeNull();
    expect(record.missing).toEqual(['cycleStart']);
    const page = await runAsUser(learner, renderCpdPage);
    expect(page).toContain('We need your CPD cycle start to show your cycle. GDC cycles are individual');
    expect(page).toContain('Add your CPD cycle start in your profile');
    expect(page).not.toContain('Progress through the cycle');
    const csv = await runAsUser(learner, () => exportRecord(request('/cpd/export?format=csv')));
    expect(csv.status).toBe(200);
    const pdf = await runAsUser(learner, () => exportRecord(request('/cpd/export?format=pdf')));
    expect(pdf.status).toBe(409);
  });

  it('adds, edits and deletes external CPD with clear messages, only in the learner’s own record', async () => {
    const learner = await createLearner(db, `cpd-crud-${tag}`, { registrantType: 'dental-hygienist', cpdCycleStart: noon('2023-08-01') });
    const stranger = await createLearner(db, `cpd-crud-stranger-${tag}`);
    const valid = { title: 'Radiography update', provider: 'Deanery', completedOn: '2025-11-02', hours: '2.5', outcomes: 'C', sharedWithPractice: 'on' };

    const invalid = await runAsUser(learner, () =>
      saveExternalCpdAction(null, formData({ title: '', provider: 'Deanery', completedOn: '2999-01-01', hours: 'two', outcomes: 'C' })),
    );
    expect(invalid).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(invalid?.fieldErrors).toMatchObject({
      title: ['Enter the activity title.'],
      completedOn: ['The completion date cannot be in the future.'],
      hours: ['Enter the hours as a number, for example 1.5.'],
    });
    const noOutcome = await runAsUser(learner, () => saveExternalCpdAction(null, formData({ ...valid, outcomes: '' })));
    expect(noOutcome?.fieldErrors?.outcomes).toEqual(['Development outcomes are A, B, C or D.']);
    expect(await db.externalCpdActivity.count({ where: { userId: learner.id } })).toBe(0);

    const added = await runAsUser(learner, () => redirectOf(() => saveExternalCpdAction(null, formData(valid))));
    expect(new URL(added, 'http://x').searchParams.get('notice')).toBe('cpd-entry-added');
    const entry = await db.externalCpdActivity.findFirstOrThrow({ where: { userId: learner.id } });
    expect(entry).toMatchObject({ minutes: 150, outcomes: 'C', sharedWithPractice: true, reflectionDone: false });
    expect(ukDateOf(entry.completedOn)).toBe('2025-11-02');

    const stolen = await runAsUser(stranger, () => saveExternalCpdAction(null, formData({ ...valid, id: entry.id, title: 'Hijacked' })));
    expect(stolen).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const strangerDelete = await runAsUser(stranger, () => deleteExternalCpdAction(null, formData({ id: entry.id, confirm: 'yes' })));
    expect(strangerDelete).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    await runAsUser(learner, () => redirectOf(() => saveExternalCpdAction(null, formData({ ...valid, id: entry.id, hours: '3', reflectionDone: 'on' }))));
    expect(await db.externalCpdActivity.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ title: 'Radiography update', minutes: 180, reflectionDone: true });

    const csv = await runAsUser(learner, () => exportRecord(request('/cpd/export?format=csv')));
    expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toContain('2025-11-02,2025/26,Radiography update,Deanery,Recorded by you,3,,C,Yes,,');
    const pdf = await runAsUser(learner, () => exportRecord(request('/cpd/export?format=pdf')));
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
    expect((await extractPdfText(new Uint8Array(await pdf.arrayBuffer()))).text).toContain('Radiography update');

    await runAsUser(learner, () => redirectOf(() => deleteExternalCpdAction(null, formData({ id: entry.id, confirm: 'yes' }))));
    expect(await db.externalCpdActivity.count({ where: { userId: learner.id } })).toBe(0);
  });

  it('counts a recorded team session as non-verifiable CPD in the CPD year of its UK end date, in the totals, the CSV and the PDF', async () => {
    const moduleId = `cpd-team-${tag}`;
    const published = await publishCertificateModule(db, moduleId);
    const scenarioVersion = await db.scenarioVersion.create({
      data: { scenarioId: `${moduleId}-friend-request`, version: 2, definitionJson: JSON.stringify({ title: 'The friend request', outcomes: ['B', 'D'] }), contentHash: `${moduleId}-v2` },
      select: { id: true },
    });
    const dentist = await createLearner(db, `${moduleId}-learner`, { registrantType: 'dentist', cpdCycleStart: noon('2023-01-01') });
    const practice = await db.practice.create({ data: { name: `Harbourside ${tag}` } });
    // Ended at 00:30 UK time on 1 January 2026 (still 31 December 2025 in UTC): the 2026 CPD year.
    const session = await db.teamSession.create({
      data: {
        practiceId: practice.id,
        scenarioVersionId: scenarioVersion.id,
        joinCode: `T${String(tag).padStart(5, '0')}`,
        snapshotJson: '{}',
        choiceSeed: 7,
        phase: 'ending',
        startedAt: new Date('2025-12-31T23:45:00Z'),
        endedAt: new Date('2026-01-01T00:30:00Z'),
      },
    });
    await db.teamCpdRecord.create({
      data: {
        sessionId: session.id,
        userId: dentist.id,
        reflection: 'We will reply to reviews offline, never confirming a patient.',
        minutes: 45,
        creditedFrom: new Date('2025-12-31T23:45:00Z'),
        creditedUntil: new Date('2026-01-01T00:30:00Z'),
        completedAt: new Date('2026-01-01T00:30:00Z'),
      },
    });
    await external(dentist.id, '2025-06-10', 120, 'C', { reflectionDone: true });
    expect(published.scenarioVersionIds).toHaveLength(2);

    const record = await getCpdRecord({ userId: dentist.id, today: noon('2026-05-20') });
    const summary = record.summary!;
    expect(summary.totalMinutes).toBe(120);
    expect(summary.nonVerifiableMinutes).toBe(45);
    expect(summary.years.map((year) => [year.label, year.minutes, year.nonVerifiableMinutes])).toEqual([
      ['2023', 0, 0],
      ['2024', 0, 0],
      ['2025', 120, 0],
      ['2026', 0, 45],
      ['2027', 0, 0],
    ]);
    const team = summary.activities.find((activity) => activity.source === 'team');
    expect(team).toMatchObject({ title: 'The friend request', completedOn: '2026-01-01', minutes: 45, outcomes: ['B', 'D'], reflectionDone: true });

    const csv = await (await runAsUser(dentist, () => exportRecord(request('/cpd/export?format=csv')))).text();
    expect(csv).toContain(
      `2026-01-01,2026,The friend request,Team session at Harbourside ${tag} (Postwise),Postwise team session (no certificate),,0.75,BD,Yes,,"We will reply to reviews offline, never confirming a patient."`,
    );
    const pdf = await runAsUser(dentist, () => exportRecord(request('/cpd/export?format=pdf')));
    const text = (await extractPdfText(new Uint8Array(await pdf.arrayBuffer()))).text;
    expect(text).toContain('The friend request');
    expect(text).toContain('We will reply to reviews offline');
    expect(text).toContain('Also 45 minutes of non-verifiable CPD');
    const page = await runAsUser(dentist, renderCpdPage);
    expect(page).toContain('Also 45 minutes of non-verifiable CPD from team sessions');
    // The same rule in the year table and the activities: never "0.75" hours for people.
    expect(page).not.toContain('0.75');
    expect(page).toContain('non-verifiable CPD (no certificate)');
  });

  it('keeps a personal development plan', async () => {
    const learner = await createLearner(db, `cpd-plan-${tag}`, { registrantType: 'dentist' });
    const missing = await runAsUser(learner, () => addPlannedCpdAction(null, formData({ title: 'Safeguarding refresher', timeframe: '' })));
    expect(missing?.fieldErrors).toMatchObject({
      learningNeed: ['Enter the learning or development need.'],
      fieldOfPractice: ['Enter the field of practice.'],
      timeframe: ['Enter the timeframe.'],
      outcomes: expect.any(Array),
    });

    const plan = { learningNeed: 'Recognise and report safeguarding concerns', fieldOfPractice: 'General dental practice', title: 'Safeguarding refresher', timeframe: 'by March 2027' };
    const form = formData(plan);
    form.append('outcomes', 'D');
    form.append('outcomes', 'A');
    await runAsUser(learner, () => redirectOf(() => addPlannedCpdAction(null, form)));
    const record = await getCpdRecord({ userId: learner.id });
    expect(record.plan).toEqual([expect.objectContaining({ ...plan, outcomes: ['A', 'D'] })]);
    const page = await runAsUser(learner, renderCpdPage);
    for (const text of ['Learning need', 'Recognise and report safeguarding concerns', 'Field of practice', 'General dental practice', 'Anticipated outcomes']) expect(page).toContain(text);

    await runAsUser(learner, () => redirectOf(() => deletePlannedCpdAction(null, formData({ id: record.plan[0]!.id, confirm: 'yes' }))));
    expect(await db.plannedCpdActivity.count({ where: { userId: learner.id } })).toBe(0);
  });
});
