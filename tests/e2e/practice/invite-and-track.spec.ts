import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { Rating } from '@/lib/scenario/definition';
import { playSteps } from '../support/play';
import { findPath, loadLibrary } from '../support/scenario-paths';
import { signInThroughOutbox } from '../support/sign-in';

// The seeded demo practice and its owner (lib/content/seed-demo.ts).
const demoPracticeId = 'demo-practice';
const ownerEmail = 'owner@demo.postwise.test';
const otherLearnerEmail = 'learner@demo.postwise.test';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Plays the module's first scenario to its nearest ending through the player, as a learner
 * would, and says which scenario and which ending rating that was. Kept small and separate so
 * it can follow the player's interface as it changes.
 */
async function completeScenario(page: Page): Promise<{ title: string; rating: Rating }> {
  const library = loadLibrary();
  const scenario = library.scenarios[0];
  if (!scenario) throw new Error('The library has no scenarios');
  let rating: Rating | undefined;
  const steps = findPath(scenario, (position) => {
    if (position.kind !== 'ending') return false;
    rating = position.rating;
    return true;
  });
  if (!steps || !rating) throw new Error(`No way to an ending in ${scenario.id}`);
  await page.goto(`/learn/${library.moduleId}/${scenario.id}`);
  await playSteps(page, steps);
  await expect(page.getByRole('heading', { name: 'Your path' })).toBeVisible();
  return { title: scenario.title, rating };
}

/** The path of the first link in the newest demo-outbox email to `email` whose subject matches. */
async function linkFromOutbox(page: Page, email: string, subject: RegExp): Promise<string> {
  await page.goto('/outbox');
  const message = page
    .getByRole('article', { name: new RegExp(`to ${escapeRegExp(email)}$`) })
    .filter({ has: page.getByRole('heading', { name: subject }) })
    .first();
  const href = await message.getByRole('link').first().getAttribute('href');
  if (!href) throw new Error(`No link in the outbox for ${email}`);
  return new URL(href).pathname;
}

test('an owner invites a new member, who accepts and completes a scenario that the owner then sees and exports', async ({ browser }) => {
  const memberEmail = `new-nurse-${Date.now()}@e2e.postwise.test`;
  const ownerPage = await (await browser.newContext()).newPage();
  const memberPage = await (await browser.newContext()).newPage();
  const otherPage = await (await browser.newContext()).newPage();

  // The owner invites a new member from the dashboard.
  await signInThroughOutbox(ownerPage, ownerEmail, `/practice/${demoPracticeId}`);
  const practiceName = (await ownerPage.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  expect(practiceName).not.toBe('');
  await ownerPage.getByLabel('Email address').fill(memberEmail);
  // An owner chooses the role: the select starts on “Choose a role”.
  await ownerPage.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: 'Member' });
  await ownerPage.getByRole('button', { name: 'Send invitation' }).click();
  await expect(ownerPage.getByRole('status').filter({ hasText: `Invitation sent to ${memberEmail}` })).toBeVisible();

  const invitationPath = await linkFromOutbox(memberPage, memberEmail, /invitation to join/);
  expect(invitationPath).toMatch(/^\/invitations\/[\w-]{20,}$/);

  // Someone signed in with another address sees the practice but cannot accept.
  await signInThroughOutbox(otherPage, otherLearnerEmail, invitationPath);
  await expect(otherPage.getByRole('heading', { name: `Join ${practiceName}` })).toBeVisible();
  await expect(otherPage.getByText(/never see which choices you made or which ending you reached/)).toBeVisible();
  await expect(otherPage.getByRole('alert').filter({ hasText: `was sent to ${memberEmail}` })).toBeVisible();
  await expect(otherPage.getByRole('button', { name: 'Accept' })).toHaveCount(0);

  // The invited person signs in with the invited address and accepts.
  await memberPage.goto(invitationPath);
  await memberPage.getByRole('link', { name: `Sign in as ${memberEmail}` }).click();
  await expect(memberPage.getByLabel('Email address')).toHaveValue(memberEmail);
  await signInThroughOutbox(memberPage, memberEmail, invitationPath);
  await memberPage.getByRole('button', { name: 'Accept' }).click();
  // A new member with no certificate name is asked for it first.
  await expect(memberPage).toHaveURL(/\/profile\?joined=1/);
  await expect(memberPage.getByRole('status').filter({ hasText: 'You have joined the practice.' })).toBeVisible();
  await memberPage.goto('/practice');
  await expect(memberPage.getByRole('listitem').filter({ hasText: practiceName })).toContainText('Member');

  // The link was single-use.
  await memberPage.goto(invitationPath);
  await expect(memberPage.getByText('This invitation has already been accepted.')).toBeVisible();

  const completed = await completeScenario(memberPage);

  // The owner finds the new member on the dashboard with the scenario completed.
  await ownerPage.goto(`/practice/${demoPracticeId}`);
  await ownerPage.getByLabel('Name or email').fill(memberEmail);
  await ownerPage.getByRole('button', { name: 'Show staff' }).click();
  await expect(ownerPage).toHaveURL(new RegExp(`q=${escapeRegExp(encodeURIComponent(memberEmail))}`));
  const row = ownerPage.getByRole('row').filter({ has: ownerPage.getByRole('link', { name: memberEmail }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByText('Completed', { exact: true }).first()).toBeVisible();
  // Owners see completion, not choices: the ending the member reached is not shown.
  await expect(row.getByText(/ending/)).toHaveCount(0);

  // The CSV export carries the same record.
  const downloadPromise = ownerPage.waitForEvent('download');
  await ownerPage.getByRole('link', { name: 'Download CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^postwise-progress-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('Name,Email,Role,Module,Module status,Due,Scenario,Scenario status,Decisions made,Completed on');
  expect(lines.slice(1).every((line) => line.includes(memberEmail))).toBe(true);
  const scenarioLine = lines.find((line) => line.includes(`,${completed.title},`) || line.includes(`,"${completed.title.replaceAll('"', '""')}",`));
  expect(scenarioLine).toBeDefined();
  expect(scenarioLine).toMatch(/,Completed,Not shown once completed,\d{4}-\d{2}-\d{2}$/);
  expect(csv).not.toContain(`,${completed.rating}`);
});
