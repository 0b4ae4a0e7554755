import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { creditedQuarterHours } from '@/lib/cpd/credited-hours';
import { DEMO_ACCOUNTS, DEMO_CERTIFIED_EMAIL, DEMO_MODULE_ID } from '@/lib/content/demo-accounts';
import { seedDemo } from '@/lib/content/seed-demo';
import { seedDemoCertificate } from '@/lib/content/seed-demo-certificate';
import type { ModuleDefinition } from '@/lib/scenario/definition';
import type { Database } from '@/lib/server/db/create-client';
import { GET as verifyJson } from '@/app/verify/[code]/json/route';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { request, routeParams } from '@/tests/integration/authorization/support/matrix';
import { describeEachDatabase } from '@/tests/integration/support/test-database';

vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }));
vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const origin = 'http://localhost:3000';
const scenariosFolder = path.resolve('scenarios');

interface VerifyJson {
  status: string;
  signatureValid: boolean;
  certificate: { learner: { name: string }; module: { id: string }; cpdHours: { quarterHours: number; display: string }; verifyUrl: string } | null;
}

/** What a second seed must not add to: every row the demo learner's play and completion write. */
async function rowCounts(db: Database) {
  const [certificates, attempts, decisions, credits, reflections, feedback, users] = await Promise.all([
    db.certificate.count(),
    db.attempt.count(),
    db.attemptEvent.count(),
    db.activeTimeCredit.count(),
    db.moduleReflection.count(),
    db.moduleFeedback.count(),
    db.user.count(),
  ]);
  return { certificates, attempts, decisions, credits, reflections, feedback, users };
}

describeEachDatabase('Demo seed: the certified learner earns a certificate', (getDb) => {
  let db: Database;
  runAppOnTestDatabase(getDb, { PUBLIC_BASE_URL: origin }, (database) => {
    db = database;
  });

  it('plays the whole module through the learner code, and the certificate verifies with the server-measured time', async () => {
    const seeded = await seedDemo({ db, scenariosFolder, onlyIfEmpty: true });
    expect(seeded.demoCertificateDue).toBe(true);
    const earned = await seedDemoCertificate({ origin });
    const earnedBy = new Date();
    expect(earned?.issued).toBe(true);

    const response = await verifyJson(request(`/verify/${earned!.code}/json`), routeParams({ code: earned!.code }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as VerifyJson;
    expect(body).toMatchObject({ status: 'valid', signatureValid: true });
    const learner = await db.user.findUniqueOrThrow({ where: { email: DEMO_CERTIFIED_EMAIL }, select: { id: true, certificateName: true } });
    expect(body.certificate?.learner.name).toBe(learner.certificateName);
    expect(body.certificate?.module.id).toBe(DEMO_MODULE_ID);
    expect(body.certificate?.verifyUrl).toBe(`${origin}/verify/${earned!.code}`);

    // Every scenario of the module was played to an ending, decision by decision.
    const moduleVersion = await db.moduleVersion.findFirstOrThrow({ where: { moduleId: DEMO_MODULE_ID }, orderBy: { version: 'desc' }, select: { definitionJson: true } });
    const definition = JSON.parse(moduleVersion.definitionJson) as ModuleDefinition;
    const attempts = await db.attempt.findMany({
      where: { userId: learner.id },
      select: { status: true, activeSeconds: true, startedAt: true, completedAt: true, scenarioVersion: { select: { scenarioId: true } }, _count: { select: { events: true } } },
    });
    expect(attempts.map((attempt) => attempt.scenarioVersion.scenarioId).sort()).toEqual([...definition.scenarios].sort());
    for (const attempt of attempts) {
      expect(attempt.status).toBe('completed');
      expect(attempt._count.events).toBeGreaterThan(0);
      expect(attempt.startedAt.getTime()).toBeLessThan(attempt.completedAt!.getTime());
    }

    // The hours printed are the server's own credits: its intervals, summed, and nothing credited ahead of time.
    const credits = await db.activeTimeCredit.findMany({ where: { userId: learner.id }, select: { seconds: true, endedAt: true } });
    const measured = credits.reduce((total, credit) => total + credit.seconds, 0);
    expect(attempts.reduce((total, attempt) => total + attempt.activeSeconds, 0)).toBe(measured);
    expect(body.certificate?.cpdHours.quarterHours).toBe(creditedQuarterHours(measured, definition.hours));
    // Each scenario was played for the minutes its author states, which add up to the module's hours.
    expect(body.certificate?.cpdHours.quarterHours).toBe(Math.floor(definition.hours * 4));
    expect(Math.max(...credits.map((credit) => credit.endedAt.getTime()))).toBeLessThanOrEqual(earnedBy.getTime());

    // The main demo learner still has the whole module ahead of them.
    const mainLearner = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.learner.email }, select: { attempts: { select: { id: true } }, certificates: { select: { id: true } } } });
    expect(mainLearner).toEqual({ attempts: [], certificates: [] });
  });

  it('seeding again (always, then if-empty) adds no second certificate and changes no play', async () => {
    const before = await rowCounts(db);
    const held = await db.certificate.findFirstOrThrow({ select: { code: true } });

    const always = await seedDemo({ db, scenariosFolder, onlyIfEmpty: false });
    expect(always.demoCertificateDue).toBe(false);
    expect(await seedDemoCertificate({ origin })).toEqual({ code: held.code, issued: false });
    const ifEmpty = await seedDemo({ db, scenariosFolder, onlyIfEmpty: true });
    expect(ifEmpty).toMatchObject({ seeded: false, demoCertificateDue: false });

    expect(await rowCounts(db)).toEqual(before);
  });
});
