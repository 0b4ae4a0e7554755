import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { signInThroughOutbox } from '../support/sign-in';

// The seeded demo practice, its owner and a member it assigned the demo module to (lib/content/seed-demo.ts).
const ownerEmail = 'owner@demo.postwise.test';
const learnerEmail = 'learner@demo.postwise.test';

/** The page's headings in order, as "h2 Title": one h1, and no level skipped on the way down. */
async function headingOutline(page: Page): Promise<string[]> {
  return page
    .locator('main')
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) => headings.map((heading) => `${heading.tagName.toLowerCase()} ${(heading.textContent ?? '').trim()}`));
}

function skippedLevels(outline: readonly string[]): string[] {
  return outline.flatMap((entry, index) => {
    const level = Number(entry[1]);
    const previous = index === 0 ? 0 : Number(outline[index - 1]![1]);
    return level > previous + 1 ? [`${entry} after ${index === 0 ? 'nothing' : outline[index - 1]}`] : [];
  });
}

/** Checks axe in light and dark at each width the brief names for the pages touched here. */
async function axeAtEveryWidth(page: Page, where: string): Promise<void> {
  for (const width of [320, 375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolationsInBothSchemes(page, `${where} at ${width} px`);
  }
}

test('the practice dashboard says “Outstanding work” once, and its headings go h1 > h2 > h3 without a gap', async ({ page }) => {
  await signInThroughOutbox(page, ownerEmail, '/practice/demo-practice');
  const outstanding = page.getByRole('region', { name: 'Outstanding work', exact: true });
  await expect(outstanding.getByRole('heading', { level: 2, name: 'Outstanding work', exact: true })).toBeVisible();
  // The heading names the section; the chart's caption and the table's summary say what they are, not the heading again.
  await expect(outstanding.getByText(/Outstanding work/)).toHaveCount(1);
  await expect(outstanding.getByRole('img', { name: /^Where staff stand on each module/ })).toBeVisible();

  const outline = await headingOutline(page);
  expect(outline.filter((entry) => entry.startsWith('h1 ')), 'one h1').toHaveLength(1);
  expect(outline[0], 'the h1 comes first').toMatch(/^h1 /);
  expect(skippedLevels(outline), 'heading levels skipped').toEqual([]);
  expect(outline.filter((entry, index) => entry === outline[index - 1]), 'the same heading twice in a row').toEqual([]);
  await axeAtEveryWidth(page, 'practice dashboard');
});

test('/learn and the home page name an assigned module once: its due date and who set it are under its own heading', async ({ page }) => {
  await signInThroughOutbox(page, learnerEmail, '/learn');
  const main = page.getByRole('main');
  // The module's title as published now, read from its own heading: another spec
  // (studio/module-review-publish) publishes a version of it under a new title.
  const assigned = main.getByRole('region').filter({ has: page.getByRole('list', { name: 'Assigned to you', exact: true }) });
  const moduleTitle = ((await assigned.getByRole('heading', { level: 2 }).first().textContent()) ?? '').trim();
  expect(moduleTitle).not.toBe('');
  await expect(main.getByText(moduleTitle, { exact: true })).toHaveCount(1);
  const section = page.getByRole('region', { name: moduleTitle, exact: true });
  await expect(section.getByRole('list', { name: 'Assigned to you', exact: true })).toContainText(/Due \d{1,2} [A-Z][a-z]+ \d{4} · assigned by (Dr )?Helen Okoro, Riverside Dental Care \(demo\)/);
  expect(skippedLevels(await headingOutline(page)), 'heading levels skipped on /learn').toEqual([]);
  await axeAtEveryWidth(page, '/learn');

  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Go to my learning', exact: true })).toBeVisible();
  await expect(main.getByText(moduleTitle, { exact: true })).toHaveCount(1);
  await expect(page.getByRole('region', { name: moduleTitle, exact: true }).getByRole('list', { name: 'Assigned to you', exact: true })).toContainText('assigned by');
  expect(skippedLevels(await headingOutline(page)), 'heading levels skipped on the home page').toEqual([]);
  await axeAtEveryWidth(page, 'the home page');
});
