import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

// The seeded module (lib/content/seed-demo.ts); several of its scenario titles wrap at 320 px.
const MODULE_ID = 'social-media';

test('on the completion page at 320 px, a long scenario title wraps beside its status badge, never under it', async ({ page }) => {
  await signInThroughOutbox(page, newLearnerEmail('badges'), `/learn/${MODULE_ID}/complete`);
  await page.setViewportSize({ width: 320, height: 800 });
  const list = page.getByRole('region', { name: /^Scenarios:/ }).getByRole('listitem');
  await expect(list.first()).toBeVisible();
  const items = await list.evaluateAll((elements) =>
    elements.map((item) => {
      const badge = item.firstElementChild!.getBoundingClientRect();
      const title = item.querySelector('a')!;
      const lines = [...title.getClientRects()];
      return { title: title.textContent, badgeRight: Math.round(badge.right), lines: lines.length, leftmost: Math.round(Math.min(...lines.map((line) => line.left))) };
    }),
  );
  // A title of 30 characters or more cannot sit on one line beside a badge at 320 px, so the layout is tested.
  expect(items.some((item) => (item.title ?? '').length >= 30), 'a long title in the list').toBe(true);
  expect(items.filter((item) => item.leftmost < item.badgeRight), 'titles with a line under their badge').toEqual([]);
  await expectNoAxeViolationsInBothSchemes(page, 'completion page at 320 px');
});
