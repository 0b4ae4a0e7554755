import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { checkEverywhere, expectNoAxeViolations } from '../support/accessibility';
import { stored, withE2eDatabase } from '../support/e2e-database';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

const SECRET = 'E2E-SECRET-REPLY-TEXT';

/**
 * Fixture, written straight into the e2e server's database (there is deliberately no route that
 * could do this): makes `email` an admin, and gives one-star-review 7 learners who all chose its
 * first option and wrote a reply containing SECRET, plus 2 who chose the second (a hidden cell).
 * Returns too how many learners had already chosen at its first scene, and chosen its first option:
 * the demo seed's certified learner played the scenario before (lib/content/earn-demo-certificate.ts).
 */
function seed(email: string): { title: string; before: { learners: number; firstOption: number } } {
  return withE2eDatabase((database) => {
    const changed = database.prepare('UPDATE "User" SET "isAdmin" = 1 WHERE "email" = ?').run(email);
    if (changed.changes !== 1) throw new Error(`No user ${email}`);
    const version = database
      .prepare('SELECT v."id", v."contentHash", s."title" FROM "ScenarioVersion" v JOIN "Scenario" s ON s."id" = v."scenarioId" WHERE v."scenarioId" = ? ORDER BY v."publishedAt" DESC LIMIT 1')
      .get('one-star-review') as { id: string; contentHash: string; title: string };
    const before = database
      .prepare(
        `SELECT COUNT(DISTINCT a."userId") AS "learners", COUNT(DISTINCT CASE WHEN e."choiceId" = 'the-review.1' THEN a."userId" END) AS "firstOption"
         FROM "AttemptEvent" e JOIN "Attempt" a ON a."id" = e."attemptId" WHERE a."scenarioVersionId" = ? AND e."sceneId" = 'the-review'`,
      )
      .get(version.id) as { learners: number; firstOption: number };
    const now = new Date();
    const insertUser = database.prepare('INSERT INTO "User" ("id", "email", "registrantType", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)');
    const insertAttempt = database.prepare(
      'INSERT INTO "Attempt" ("id", "userId", "scenarioVersionId", "status", "sequence", "snapshotJson", "startedAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertEvent = database.prepare(
      'INSERT INTO "AttemptEvent" ("id", "attemptId", "sequence", "sceneId", "kind", "optionsShownJson", "choiceId", "composedText", "checkResultsJson", "contentHash", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (let n = 0; n < 9; n += 1) {
      const userId = randomUUID();
      const attemptId = randomUUID();
      insertUser.run(userId, `insight-${randomUUID()}@e2e.postwise.test`, 'dentist', stored(now), stored(now));
      insertAttempt.run(attemptId, userId, version.id, 'in-progress', 2, JSON.stringify({ status: 'active', value: 'write-reply', context: {} }), stored(now), stored(now));
      const choiceId = n < 7 ? 'the-review.1' : 'the-review.2';
      insertEvent.run(randomUUID(), attemptId, 1, 'the-review', 'choice', JSON.stringify(['the-review.1', 'the-review.2', 'the-review.3']), choiceId, null, null, version.contentHash, stored(new Date(now.getTime() + 40_000)));
      const checks = JSON.stringify([{ check: 'neutral-tone', passed: false, matches: ['ridiculous'], reason: 'r' }]);
      insertEvent.run(randomUUID(), attemptId, 2, 'write-reply', 'compose', '[]', null, `${SECRET} ridiculous`, checks, version.contentHash, stored(new Date(now.getTime() + 90_000)));
    }
    return { title: version.title, before };
  });
}

test('an admin reads a scenario’s decision insight: small cells hidden, no reply text, CSV export, axe in light and dark', async ({ page }) => {
  const email = newLearnerEmail('insight-admin');
  await signInThroughOutbox(page, email, '/learn');
  const { title, before } = seed(email);
  const learners = before.learners + 9;
  const firstOption = before.firstOption + 7;

  await page.goto('/admin');
  await page.getByRole('link', { name: 'Decision insight and xAPI export' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Decision insight' })).toBeVisible();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title}: decision insight` })).toBeVisible();
  await expect(page.getByText('Any figure drawn from fewer than 5 learners is')).toBeVisible();

  const scenes = page.getByRole('table', { name: 'Scenes' });
  await expect(scenes.getByRole('row', { name: /Friday, 10\.40 pm/ }).getByRole('cell').first()).toHaveText(String(learners));
  const choices = page.getByRole('table', { name: /^Choices in Friday/ });
  const rows = choices.getByRole('row');
  // The fixture's 7 chose the first option; its 2 who chose the second are hidden, and so the 0 of the third.
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText(`${firstOption} (${Math.round((100 * firstOption) / learners)}%)`);
  await expect(rows.nth(2).getByRole('cell').first()).toHaveText('hidden');
  await expect(page.getByRole('table', { name: /^Words that most often failed/ }).getByRole('row', { name: /ridiculous/ })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(SECRET);

  const csvHref = await page.getByRole('link', { name: 'Download these tables as CSV' }).getAttribute('href');
  const csv = await page.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  const csvText = await csv.text();
  expect(csvText).toContain('hidden');
  expect(csvText).not.toContain(SECRET);

  await checkEverywhere(page, 'scenario-insight');
  await page.goto('/admin/scenarios');
  await expectNoAxeViolations(page, 'insight index');
});

test('someone who is not an admin cannot find the insight pages or exports', async ({ page }) => {
  await signInThroughOutbox(page, newLearnerEmail('insight-learner'), '/learn');
  for (const url of ['/admin/scenarios', '/admin/scenarios/one-star-review/insight', '/admin/scenarios/one-star-review/insight/export', '/admin/modules/social-media/xapi']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
  }
});
