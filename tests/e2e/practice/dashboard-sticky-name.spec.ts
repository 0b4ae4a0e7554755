import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { signInThroughOutbox } from '../support/sign-in';

// The seeded demo practice and its owner (lib/content/seed-demo.ts).
const demoPracticeId = 'demo-practice';
const ownerEmail = 'owner@demo.postwise.test';

/**
 * At 375 px the staff table scrolls sideways inside its box; the Name column must stay in view
 * (a trial user lost whose row was whose), in light and dark, uncovered by the cells that pass
 * under it.
 */
test('at 375 px the staff table keeps the Name column in view while it scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signInThroughOutbox(page, ownerEmail, `/practice/${demoPracticeId}`);
  const table = page.getByRole('region', { name: 'Staff progress table', exact: true });
  await expect(table).toBeVisible();
  const overflow = await table.evaluate((box) => box.scrollWidth - box.clientWidth);
  expect(overflow, 'the table is wider than the phone, so the check is not vacuous').toBeGreaterThan(100);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await table.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
    await expect.poll(() => table.evaluate((box) => box.scrollLeft)).toBeGreaterThan(100);
    const names = [table.getByRole('columnheader', { name: 'Name', exact: true }), ...(await table.getByRole('rowheader').all()).slice(0, 3)];
    for (const name of names) {
      expect(await table.evaluate((box) => box.scrollLeft)).toBeGreaterThan(100);
      // In the box, on top (the element at its centre is it, not a cell scrolled under it) and
      // wide enough to read: the page is scrolled down to the cell, the box keeps its sideways scroll.
      const shown = await name.evaluate((cell) => {
        window.scrollTo({ top: window.scrollY + cell.getBoundingClientRect().top - window.innerHeight / 2 });
        const box = cell.closest('[role="region"]')!.getBoundingClientRect();
        const rect = cell.getBoundingClientRect();
        const top = document.elementFromPoint(rect.left + Math.min(rect.width / 2, 20), rect.top + Math.min(rect.height / 2, 10));
        return { inside: rect.left >= box.left - 1 && rect.right <= box.right + 1, onTop: top !== null && cell.contains(top), readable: rect.width >= 120 };
      });
      expect({ colorScheme, name: await name.textContent(), ...shown }).toEqual({ colorScheme, name: await name.textContent(), inside: true, onTop: true, readable: true });
    }
  }
  await expectNoAxeViolationsInBothSchemes(page, 'practice dashboard scrolled sideways at 375 px');
});
