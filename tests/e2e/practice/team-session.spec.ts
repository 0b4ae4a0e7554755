import { expect, test, type Browser, type Page } from '@playwright/test';
import { checkEverywhere } from '../support/accessibility';
import { stored, withE2eDatabase } from '../support/e2e-database';
import { findPath, loadLibrary } from '../support/scenario-paths';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

// The seeded demo practice and its owner (lib/content/seed-demo.ts).
const demoPracticeId = 'demo-practice';
const ownerEmail = 'owner@demo.postwise.test';
const phoneSize = { width: 375, height: 800 };

/**
 * Moves a session's start, and every participant's joining, 40 minutes back. A test runs a session
 * in a minute, but team CPD credits each participant at least five minutes from their joining (the
 * server measures it): the e2e server's database is seeded directly, as a fixture, because no route
 * in the app may change when a session started or someone joined.
 */
function startSessionFortyMinutesAgo(sessionId: string): void {
  withE2eDatabase((database) => {
    const fortyMinutesAgo = stored(new Date(Date.now() - 40 * 60_000));
    const result = database.prepare('UPDATE "TeamSession" SET "startedAt" = ? WHERE "id" = ?').run(fortyMinutesAgo, sessionId);
    if (result.changes !== 1) throw new Error(`No team session ${sessionId}`);
    database.prepare('UPDATE "TeamParticipant" SET "joinedAt" = ? WHERE "sessionId" = ?').run(fortyMinutesAgo, sessionId);
  });
}

async function newPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: phoneSize, reducedMotion: 'reduce' });
  return context.newPage();
}

async function vote(phone: Page, label: string): Promise<void> {
  await phone.getByRole('radio', { name: label, exact: true }).check();
  await phone.getByRole('button', { name: 'Vote' }).click();
  await expect(phone.getByRole('status').filter({ hasText: 'Your vote is in.' })).toBeVisible();
}

test('a presenter runs a team session that three phones join and vote in, to an ending; a signed-in participant records it as team CPD', async ({ page, browser }) => {
  const library = loadLibrary();
  const scenario = library.scenarios.find((definition) => definition.scenes.every((scene) => scene.decision.kind !== 'compose'));
  if (!scenario) throw new Error('The library has no scenario made only of choices');
  const steps = findPath(scenario, (position) => position.kind === 'ending');
  if (!steps || steps.length === 0) throw new Error(`No way to an ending in ${scenario.id}`);
  const [firstStep] = steps;
  if (firstStep?.kind !== 'choice') throw new Error('The first step is not a choice');

  // The presenter starts the session from the practice page.
  await signInThroughOutbox(page, ownerEmail, `/practice/${demoPracticeId}`);
  await page.getByRole('link', { name: 'Team session' }).click();
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption(scenario.id);
  await page.getByRole('button', { name: 'Start team session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible();
  const sessionId = new URL(page.url()).pathname.split('/').at(-1) as string;
  const joinLink = page.getByRole('link', { name: /\/team\?code=/ });
  const joinUrl = (await joinLink.getAttribute('href')) as string;
  expect(new URL(joinUrl).origin).toBe(new URL(page.url()).origin);
  const code = new URL(joinUrl).searchParams.get('code') as string;
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  // A QR code of the same join link for phones to scan, named by the link and code, and captioned.
  const shownCode = `${code.slice(0, 3)} ${code.slice(3)}`;
  const qrFigure = page.getByRole('figure', { name: `Scan to join with code ${shownCode}` });
  await expect(qrFigure.getByRole('img', { name: `QR code of the join link ${joinUrl}, code ${shownCode}` })).toBeVisible();
  await expect(page.getByText(joinUrl, { exact: true })).toBeVisible();

  // Three phones: one signed in, two guests (one typing the code, one opening the link).
  const signedIn = await newPhone(browser);
  const learnerEmail = newLearnerEmail('team-phone');
  await signInThroughOutbox(signedIn, learnerEmail, '/team');
  await signedIn.getByLabel('Join code').fill(code.toLowerCase());
  await signedIn.getByRole('button', { name: 'Join' }).click();
  await expect(signedIn.getByRole('group', { name: 'Decision 1: what would you do? (required)', exact: true })).toBeVisible();

  const guest = await newPhone(browser);
  await guest.goto('/team');
  await guest.getByLabel('Join code').fill('QQQQQQ');
  await guest.getByLabel('Your first name').fill('Robin');
  await guest.getByRole('button', { name: 'Join' }).click();
  // Said under the code it is about; the box names the field.
  await expect(guest.getByText(/^No team session has the code QQQQQQ\./)).toBeVisible();
  await expect(guest.getByRole('alert').filter({ hasText: /^Check “/ })).toHaveText('Check “Join code”: what to change is under it.');
  await checkEverywhere(guest, 'team-join');
  await guest.setViewportSize(phoneSize);
  await guest.getByLabel('Join code').fill(`${code.slice(0, 3)} ${code.slice(3)}`);
  await guest.getByRole('button', { name: 'Join' }).click();
  await expect(guest.getByRole('group', { name: 'Decision 1: what would you do? (required)', exact: true })).toBeVisible();

  const linked = await newPhone(browser);
  await linked.goto(new URL(joinUrl).pathname + new URL(joinUrl).search);
  await expect(linked.getByLabel('Join code')).toHaveValue(code);
  await linked.getByLabel('Your first name').fill('Alex');
  await linked.getByRole('button', { name: 'Join' }).click();

  // Votes: two for the path's choice, one for another; the guest changes their mind first.
  const other = scenario.scenes
    .find((scene) => scene.id === firstStep.sceneId)
    ?.decision as { kind: 'choices'; choices: Array<{ id: string; labelText: string }> };
  const otherLabel = other.choices.find((choice) => choice.id !== firstStep.choiceId)?.labelText as string;
  await vote(signedIn, firstStep.label);
  await vote(guest, otherLabel);
  await guest.getByRole('radio', { name: firstStep.label, exact: true }).check();
  await guest.getByRole('button', { name: 'Change my vote' }).click();
  await expect(guest.getByText(`You voted: “${firstStep.label}”`)).toBeVisible();
  await vote(linked, otherLabel);

  // The presenter sees counts only, then the spread once revealed.
  await expect(page.getByRole('status').filter({ hasText: '3 of 3 people have voted' })).toBeVisible();
  await expect(page.getByText(learnerEmail)).toHaveCount(0);
  await checkEverywhere(page, 'team-presenter');
  await checkEverywhere(guest, 'team-phone');
  await page.getByRole('button', { name: 'Reveal the votes' }).click();
  await expect(page.getByText('2 votes (67%)')).toBeVisible();
  await expect(page.getByRole('radio', { name: firstStep.label, exact: true })).toBeChecked();
  await expect(linked.getByText('Voting has closed.')).toBeVisible();
  await page.getByRole('button', { name: 'Go with this choice' }).click();
  await expect(page.getByRole('heading', { name: 'What the group decided' })).toBeVisible();
  await expect(signedIn.getByText(`The group went with “${firstStep.label}”`)).toBeVisible();

  // The rest of the way, the presenter takes the path's choices.
  for (const [index, step] of steps.entries()) {
    const last = index === steps.length - 1;
    if (index > 0) {
      if (step.kind !== 'choice') throw new Error('Only choices on this path');
      await page.getByRole('button', { name: 'Reveal the votes' }).click();
      await page.getByRole('radio', { name: step.label, exact: true }).check();
      await page.getByRole('button', { name: 'Go with this choice' }).click();
      await expect(page.getByRole('heading', { name: 'What the group decided' })).toBeVisible();
    }
    await page.getByRole('button', { name: last ? 'See the ending' : 'Next scene' }).click();
    if (!last) await expect(page.getByRole('heading', { name: new RegExp(`^Decision ${index + 2}`) })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: "The group's path" })).toBeVisible();
  await expect(signedIn.getByText(/The scenario has ended/)).toBeVisible();
  await checkEverywhere(page, 'team-presenter-ending');

  // The presenter ends it; the signed-in phone records 40 minutes (the server's measure), the guest cannot.
  startSessionFortyMinutesAgo(sessionId);
  await page.getByRole('button', { name: 'End the session' }).click();
  await expect(page.getByRole('heading', { name: 'This session has ended' })).toBeVisible();
  await expect(guest.getByText('You joined as a guest, so there is no CPD record')).toBeVisible();
  await expect(signedIn.getByRole('heading', { name: 'This session has ended' })).toBeVisible();
  await checkEverywhere(signedIn, 'team-phone-record');
  await signedIn.setViewportSize(phoneSize);
  await signedIn.getByRole('textbox').fill('We agreed to ask a colleague before posting anything about the practice.');
  await signedIn.getByRole('button', { name: 'Record as team CPD' }).click();
  await expect(signedIn.getByRole('status').filter({ hasText: 'Recorded in your CPD record: 40 minutes of team CPD.' })).toBeVisible();
  await signedIn.goto('/cpd');
  const teamSection = signedIn.getByRole('region', { name: 'Team sessions' });
  await expect(teamSection).toContainText(scenario.title);
  await expect(teamSection).toContainText('40 minutes');

  // The code no longer works.
  await guest.goto(`/team?code=${code}`);
  await guest.getByLabel('Your first name').fill('Robin');
  await guest.getByRole('button', { name: 'Join' }).click();
  await expect(guest.getByRole('alert').filter({ hasText: 'That team session has ended.' })).toBeVisible();
});
