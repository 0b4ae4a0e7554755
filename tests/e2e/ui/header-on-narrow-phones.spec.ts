import { expect, test, type Page } from '@playwright/test';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

/**
 * The header's visible controls (links, the Menu button, buttons) and where each is drawn: its
 * number of line boxes (more than one means its words wrapped or split) and its top edge.
 */
async function headerControls(page: Page): Promise<Array<{ name: string; lines: number; top: number }>> {
  return page
    .getByRole('navigation', { name: 'Main' })
    .locator('a, summary, button')
    .evaluateAll((elements) =>
      elements.flatMap((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || element.closest('details:not([open]) > div')) return [];
        const range = document.createRange();
        range.selectNodeContents(element);
        const lineTops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        return [{ name: (element.textContent ?? '').trim(), lines: lineTops.size, top: Math.round(box.top) }];
      }),
    );
}

async function expectOneLineHeader(page: Page, where: string): Promise<void> {
  const controls = await headerControls(page);
  expect(controls.length, `${where}: controls found`).toBeGreaterThan(1);
  expect(controls.filter((control) => control.lines !== 1), `${where}: controls whose words wrap`).toEqual([]);
  const tops = controls.map((control) => control.top);
  expect(Math.max(...tops) - Math.min(...tops), `${where}: every control on the header's one line (${JSON.stringify(controls)})`).toBeLessThan(24);
}

for (const width of [320, 375]) {
  test(`at ${width} px the header keeps every control on one line, signed out and signed in`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
    await expectOneLineHeader(page, `signed out at ${width} px`);

    await signInThroughOutbox(page, newLearnerEmail(`header-${width}`), '/learn');
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/learn');
    await expectOneLineHeader(page, `signed in at ${width} px`);
  });
}
