import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it, vi } from 'vitest';
import HomePage from '@/app/page';
import LearnPage from '@/app/learn/page';
import CompleteModulePage from '@/app/learn/[moduleId]/complete/page';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import type { Database } from '@/lib/server/db/create-client';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { createAttempt, createLearner, publishCertificateModule, reflectionOf } from './fixtures';

vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }));
vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

let counter = 0;

/** The markup of one module's section on a page that lists several (other tests publish modules too). */
function sectionOf(html: string, moduleId: string): string {
  const start = html.indexOf(`id="module-${moduleId}"`);
  expect(start, `no section for ${moduleId}`).toBeGreaterThanOrEqual(0);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

/**
 * Issue 11, "honest hours": wherever the module's hours are promised they are a maximum ("up to"),
 * a signed-in learner sees what the server has credited so far, and before the certificate is
 * issued the completion page says what it will state and offers to carry on learning first.
 */
describeEachDatabase('Honest hours on every page that promises them', (getDb) => {
  let db: Database;
  runAppOnTestDatabase(getDb, {}, (database) => {
    db = database;
  });

  /** A learner who finished both scenarios of a 1.75 h module with 20 + 25 minutes of credited time. */
  async function learnerWithCreditedTime() {
    counter += 1;
    const moduleId = `hours-${counter}`;
    const published = await publishCertificateModule(db, moduleId);
    const learner = await createLearner(db, `${moduleId}-learner`);
    const [first, second] = published.scenarioVersionIds as [string, string];
    await createAttempt(db, { userId: learner.id, scenarioVersionId: first, activeSeconds: 1_200, completedAt: new Date('2026-03-02T10:00:00Z') });
    await createAttempt(db, { userId: learner.id, scenarioVersionId: second, activeSeconds: 1_500, completedAt: new Date('2026-03-03T10:00:00Z') });
    return { moduleId, learner };
  }

  it('the home page states the module’s hours as a maximum, not a promise', async () => {
    const { moduleId } = await learnerWithCreditedTime();
    const home = sectionOf(renderToStaticMarkup(await runAsUser(null, () => HomePage())), moduleId);
    expect(home).toContain('Up to 1.75 hours of verifiable CPD, credited for the time you actively spend learning');
  });

  it('/learn shows the learner the hours credited so far beside the module’s maximum', async () => {
    const { moduleId, learner } = await learnerWithCreditedTime();
    const learn = renderToStaticMarkup(await runAsUser(learner, () => LearnPage()));
    expect(learn).toContain(`/learn/${moduleId}/complete`);
    expect(learn).toContain('0.75 hours credited so far (45 minutes of active learning), up to 1.75 hours of verifiable CPD');
  });

  it('before the certificate is issued, the completion page says what it will state and offers to carry on learning', async () => {
    const { moduleId, learner } = await learnerWithCreditedTime();
    await db.moduleReflection.create({ data: { userId: learner.id, moduleId, text: reflectionOf(60) } });
    await db.moduleFeedback.create({ data: { userId: learner.id, moduleId, rating: 4, comment: 'Useful.' } });
    const page = renderToStaticMarkup(
      await runAsUser(learner, async () => CompleteModulePage({ params: Promise.resolve({ moduleId }), searchParams: Promise.resolve({}) })),
    );
    expect(page).toContain('0.75 hours credited so far (45 minutes of active learning), up to 1.75 hours of verifiable CPD');
    expect(page).toContain('It will state <strong>0.75 hours of verifiable CPD</strong>');
    expect(page).toContain('(the module provides up to 1.75 hours)');
    expect(page).toContain('>Carry on learning</a>');
    expect(page).toMatch(/<button(?![^>]*disabled="")[^>]*>Get my certificate<\/button>/);
    expect(await db.certificate.count({ where: { userId: learner.id } })).toBe(0);
  });
});
