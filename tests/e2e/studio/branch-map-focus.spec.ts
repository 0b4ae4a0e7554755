import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { signInThroughOutbox } from '../support/sign-in';

// The seeded studio author (lib/content/seed-demo.ts).
const AUTHOR = 'author@demo.postwise.test';

/**
 * At 320 px the branch map scrolls inside its own box; a node reached by Tab must be scrolled into
 * the box's view and show a focus ring (a trial user lost the focus), at every zoom: the ring's
 * width is in screen pixels, not map units.
 */
test('at 320 px each node reached by Tab is in view in the map box, with a visible focus ring, at 100 % and 25 %', async ({ page }) => {
  const scenarioId = `e2e-map-focus-${Date.now()}`;
  await signInThroughOutbox(page, AUTHOR, '/studio');
  await page.getByRole('textbox', { name: 'Scenario id', exact: true }).fill(scenarioId);
  await page.getByRole('combobox', { name: 'Module', exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'New scenario from the template', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Draft: ${scenarioId}` })).toBeVisible();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.getByRole('button', { name: 'Branch map', exact: true }).click();
  const drawing = page.getByRole('region', { name: 'Branch map drawing (scrolls)', exact: true });
  const nodes = drawing.getByRole('button');
  await expect(nodes.first()).toBeAttached();
  const count = await nodes.count();
  // The template: a scene and two endings side by side, wider together than a 320 px phone.
  expect(count).toBeGreaterThanOrEqual(3);

  for (const zoom of ['100 %', '25 %']) {
    if (zoom === '25 %') {
      for (let step = 0; step < 3; step += 1) await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    }
    await drawing.evaluate((box) => box.scrollTo({ left: 0, top: 0 }));
    await drawing.focus();
    let scrolledTo = 0;
    for (let index = 0; index < count; index += 1) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const node = document.activeElement as SVGGElement;
        const box = node.closest('[role="region"]')!.getBoundingClientRect();
        const rect = node.getBoundingClientRect();
        const ring = node.querySelector('[data-focus-ring]');
        const style = ring ? getComputedStyle(ring) : null;
        return {
          inBox: rect.left >= box.left - 1 && rect.right <= box.right + 1 && rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1,
          onScreen: rect.top >= 0 && rect.bottom <= window.innerHeight && rect.left >= 0 && rect.right <= window.innerWidth,
          ring: style ? `${style.visibility} ${style.strokeWidth} ${style.vectorEffect}` : 'none',
        };
      });
      expect({ zoom, index, ...seen }).toEqual({ zoom, index, inBox: true, onScreen: true, ring: 'visible 4px non-scaling-stroke' });
      scrolledTo = Math.max(scrolledTo, await drawing.evaluate((box) => box.scrollLeft));
    }
    // At 100 % the endings side by side are wider than the box: reaching the second one scrolled it.
    if (zoom === '100 %') expect(scrolledTo).toBeGreaterThan(0);
  }
  await expectNoAxeViolationsInBothSchemes(page, 'branch map with a focused node at 320 px');
});
