import { expect, test, type Page } from '@playwright/test';
import { checkGroupPage } from '../support/group-page';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

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
  await expect(page.getByText('The group name contains a control character (U+0007); remove it.')).toBeVisible();
  await checkGroupPage(page, 'organisations');

  await page.getByLabel('Group name').fill('Smile Dental Group');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Smile Dental Group' })).toBeVisible();
  await expect(page.getByText('No practice is in this group yet.')).toBeVisible();

  for (const name of ['North Smile', 'South Smile']) {
    await page.getByRole('combobox', { name: 'Practice', exact: true }).selectOption({ label: name });
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
