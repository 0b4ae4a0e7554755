import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { checkEverywhere } from '../support/accessibility';
import { stored, withE2eDatabase } from '../support/e2e-database';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

/**
 * Fixture, written straight into the e2e server's database (no route could do this): a practice
 * owned by `email` whose 8 members each decided once in one-star-review's first scene: 6 chose the
 * public rebuttal (a risky option citing GDC Standards 4.2.3 and DDU review guidance), 2 chose to wait.
 */
function seed(email: string): { practiceId: string; memberEmails: string[] } {
  return withE2eDatabase((database) => {
    const owner = database.prepare('SELECT "id" FROM "User" WHERE "email" = ?').get(email) as { id: string };
    const version = database
      .prepare('SELECT "id", "contentHash" FROM "ScenarioVersion" WHERE "scenarioId" = ? ORDER BY "publishedAt" DESC LIMIT 1')
      .get('one-star-review') as { id: string; contentHash: string };
    const now = new Date();
    const practiceId = randomUUID();
    const memberEmails: string[] = [];
    const insertMembership = database.prepare('INSERT INTO "PracticeMembership" ("id", "practiceId", "userId", "role", "createdAt") VALUES (?, ?, ?, ?, ?)');
    database.prepare('INSERT INTO "Practice" ("id", "name", "createdAt") VALUES (?, ?, ?)').run(practiceId, 'Team Insight Dental', stored(now));
    insertMembership.run(randomUUID(), practiceId, owner.id, 'owner', stored(now));
    for (let n = 0; n < 8; n += 1) {
      const userId = randomUUID();
      const attemptId = randomUUID();
      const memberEmail = `team-${randomUUID()}@e2e.postwise.test`;
      memberEmails.push(memberEmail);
      database.prepare('INSERT INTO "User" ("id", "email", "registrantType", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)').run(userId, memberEmail, 'dental-nurse', stored(now), stored(now));
      insertMembership.run(randomUUID(), practiceId, userId, 'member', stored(now));
      database
        .prepare('INSERT INTO "Attempt" ("id", "userId", "scenarioVersionId", "status", "sequence", "snapshotJson", "startedAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(attemptId, userId, version.id, 'in-progress', 1, JSON.stringify({ status: 'active', value: 'public-rebuttal', context: {} }), stored(now), stored(now));
      database
        .prepare('INSERT INTO "AttemptEvent" ("id", "attemptId", "sequence", "sceneId", "kind", "optionsShownJson", "choiceId", "contentHash", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(randomUUID(), attemptId, 1, 'the-review', 'choice', JSON.stringify(['the-review.1', 'the-review.2', 'the-review.3']), n < 6 ? 'the-review.2' : 'the-review.1', version.contentHash, stored(new Date(now.getTime() + 30_000)));
    }
    return { practiceId, memberEmails };
  });
}

test('a practice owner sees risky choices by guidance theme, counts only, axe in light and dark', async ({ page }) => {
  const email = newLearnerEmail('team-owner');
  await signInThroughOutbox(page, email, '/learn');
  const { practiceId, memberEmails } = seed(email);

  await page.goto(`/practice/${practiceId}/team-insight`);
  await expect(page.getByRole('heading', { level: 1, name: 'Team insight' })).toBeVisible();
  await expect(page.getByText('Any figure drawn from fewer than 5 people is')).toBeVisible();
  const themes = page.getByRole('table', { name: 'Risky choices by guidance theme' });
  for (const theme of ['Patient confidentiality', 'Reviews and criticism']) {
    await expect(themes.getByRole('row', { name: new RegExp(theme) }).getByRole('cell')).toHaveText(['8', '8', '6 (75%)']);
  }
  await expect(page.getByRole('region', { name: 'Patient confidentiality' }).getByText('The one-star review, “Friday, 10.40 pm”: risky choices 6 (75%)')).toBeVisible();
  const text = await page.locator('main').innerText();
  for (const memberEmail of memberEmails) expect(text).not.toContain(memberEmail);

  const download = await page.request.get(`/practice/${practiceId}/team-insight/export`);
  expect(download.status()).toBe(200);
  expect(await download.text()).toContain('Patient confidentiality,,,8,8,6,75');

  await checkEverywhere(page, 'team-insight');
});

test('someone outside the practice gets not found', async ({ page }) => {
  const ownerEmail = newLearnerEmail('team-owner-2');
  await signInThroughOutbox(page, ownerEmail, '/learn');
  const { practiceId } = seed(ownerEmail);
  await page.context().clearCookies();
  const outsider = newLearnerEmail('team-outsider');
  await signInThroughOutbox(page, outsider, '/learn');
  const response = await page.goto(`/practice/${practiceId}/team-insight`);
  expect(response?.status()).toBe(404);
});
