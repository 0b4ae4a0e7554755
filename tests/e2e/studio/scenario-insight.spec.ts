import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { checkEverywhere } from '../support/accessibility';
import { stored, withE2eDatabase } from '../support/e2e-database';
import { signInThroughOutbox } from '../support/sign-in';

/** The seeded demo author (lib/content/seed-demo.ts): a studio role, not an admin. */
const AUTHOR = 'author@demo.postwise.test';
const SCENARIO = 'one-star-review';
/** The day the seeded attempts started: filtering on it leaves out attempts other tests make today. */
const DAY = '2020-03-14';

/**
 * Fixture, written straight into the e2e server's database (no route could do this): 7 learners
 * chose the first option of one-star-review's first scene and 2 chose the second, so the first
 * option's share is shown and the second (and, so it cannot be worked out, the third) is hidden.
 * The attempts started on DAY; the events are stamped now, as the insight fold expects of new events.
 */
function seedDecisions(): void {
  withE2eDatabase((database) => {
    const version = database
      .prepare('SELECT "id", "contentHash" FROM "ScenarioVersion" WHERE "scenarioId" = ? ORDER BY "publishedAt" DESC LIMIT 1')
      .get(SCENARIO) as { id: string; contentHash: string };
    const now = new Date();
    const insertUser = database.prepare('INSERT INTO "User" ("id", "email", "registrantType", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)');
    const insertAttempt = database.prepare(
      'INSERT INTO "Attempt" ("id", "userId", "scenarioVersionId", "status", "sequence", "snapshotJson", "startedAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertEvent = database.prepare(
      'INSERT INTO "AttemptEvent" ("id", "attemptId", "sequence", "sceneId", "kind", "optionsShownJson", "choiceId", "contentHash", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (let n = 0; n < 9; n += 1) {
      const userId = randomUUID();
      const attemptId = randomUUID();
      insertUser.run(userId, `studio-insight-${randomUUID()}@e2e.postwise.test`, 'dentist', stored(now), stored(now));
      const started = new Date(`${DAY}T10:00:00Z`);
      insertAttempt.run(attemptId, userId, version.id, 'in-progress', 1, JSON.stringify({ status: 'active', value: 'write-reply', context: {} }), stored(started), stored(now));
      const choiceId = n < 7 ? 'the-review.1' : 'the-review.2';
      const shown = JSON.stringify(['the-review.1', 'the-review.2', 'the-review.3']);
      insertEvent.run(randomUUID(), attemptId, 1, 'the-review', 'choice', shown, choiceId, version.contentHash, stored(new Date(now.getTime() + 40_000)));
    }
  });
}

test('an author opens a published scenario’s branch map and sees how learners moved through it, small branches hidden', async ({ page }) => {
  seedDecisions();
  await signInThroughOutbox(page, AUTHOR, `/studio/scenarios/${SCENARIO}/history`);
  await page.getByRole('link', { name: 'Decision insight: how learners moved through it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /: decision insight$/ })).toBeVisible();
  await expect(page.getByText('Hidden: fewer than 5 learners', { exact: false })).toBeVisible();
  await page.getByLabel('Started from').fill(DAY);
  await page.getByLabel('Started to').fill(DAY);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`from=${DAY}`));

  const drawing = page.getByRole('region', { name: 'Branch map drawing (scrolls)' });
  // 7 of 9 chose the first option: its line is labelled with the share; the 2 behind the second are hidden.
  await expect(drawing.locator('text').filter({ hasText: /^78%$/ })).toHaveCount(1);
  await expect(drawing.locator('text').filter({ hasText: 'hidden (<5 learners)' }).first()).toBeVisible();
  // The tables say the same, for keyboard and screen-reader users.
  const rows = page.getByRole('table', { name: /^Choices in / }).first().getByRole('row');
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText('7 (78%)');
  await expect(rows.nth(2).getByRole('cell').first()).toHaveText('hidden');

  // The filters apply to the map too: no learner is a hygienist, so every share is hidden.
  await page.getByLabel('Registrant type').selectOption({ label: 'Dental hygienist' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/registrantType=/);
  await expect(drawing.locator('text').filter({ hasText: /^78%$/ })).toHaveCount(0);

  await page.goto(`/studio/scenarios/${SCENARIO}/insight?from=${DAY}&to=${DAY}`);
  await expect(drawing.locator('text').filter({ hasText: /^78%$/ })).toHaveCount(1);
  await checkEverywhere(page, 'studio-scenario-insight');
});
