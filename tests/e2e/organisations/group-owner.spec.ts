import { expect, test, type Page } from '@playwright/test';
import { checkEverywhere, expectNoAxeViolations } from '../support/accessibility';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

/** axe in light and dark at 375 px (with checkEverywhere's screenshots and 320 px overflow check) and again at 1280 px. */
async function checkGroupPage(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 375, height: 900 });
  await checkEverywhere(page, name);
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `${name} at 1280 px (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function createPractice(page: Page, name: string): Promise<string> {
  await page.goto('/practice');
  await page.getByLabel('Practice name').fill(name);
  await page.getByRole('button', { name: 'Create practice' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

test('a group owner creates a group of two practices and opens each site’s dashboard from it', async ({ page }) => {
  const email = newLearnerEmail('group-owner');
  await signInThroughOutbox(page, email, '/practice');
  const north = await createPractice(page, 'North Smile');
  const south = await createPractice(page, 'South Smile');

  await page.getByRole('link', { name: 'Groups', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your groups' })).toBeVisible();
  await page.getByLabel('Group name').fill('x'.repeat(2) + '\u0007');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByText('Use letters, numbers and punctuation only: no line breaks or control characters.')).toBeVisible();
  await checkGroupPage(page, 'organisations');

  await page.getByLabel('Group name').fill('Smile Dental Group');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Smile Dental Group' })).toBeVisible();
  await expect(page.getByText('No practice is in this group yet.')).toBeVisible();

  for (const name of ['North Smile', 'South Smile']) {
    await page.getByLabel('Practice', { exact: true }).selectOption({ label: name });
    await page.getByRole('button', { name: 'Add to group' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Practice added to the group.' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: `${name} dashboard` })).toBeVisible();
  }
  await expect(page.getByText('Every practice you own is already in a group.')).toBeVisible();
  await checkGroupPage(page, 'organisation');
  const groupUrl = page.url();

  for (const [name, path] of [['North Smile', north], ['South Smile', south]] as const) {
    await page.goto(groupUrl);
    await page.getByRole('link', { name: `${name} dashboard` }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Whole practice' })).toBeVisible();
  }
});
