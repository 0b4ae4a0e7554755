import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { signInThroughOutbox } from '../support/sign-in';

// The seeded studio author (lib/content/seed-demo.ts).
const AUTHOR = 'author@demo.postwise.test';
const LONG_TITLE = 'A message about toothache sent to the practice page at midnight';

test('at 320 px the branch map says it scrolls, scrolls from the keyboard, and shows a cut label whole on focus and hover', async ({ page }) => {
  const scenarioId = `e2e-map-phone-${Date.now()}`;
  await signInThroughOutbox(page, AUTHOR, '/studio');
  await page.getByRole('textbox', { name: 'Scenario id', exact: true }).fill(scenarioId);
  await page.getByRole('combobox', { name: 'Module', exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'New scenario from the template', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Draft: ${scenarioId}` })).toBeVisible();
  const template = await page.locator('textarea[name="source"]').inputValue();
  await page.getByRole('textbox', { name: 'Scenario source' }).fill(template.replace('title="The situation"', `title="${LONG_TITLE}"`));
  await page.setViewportSize({ width: 320, height: 800 });
  // The preview's scene select lists the long title too, and must not widen the page (user trial of stop 27).
  await expect(page.getByRole('combobox', { name: 'Scene', exact: true }).locator('option', { hasText: LONG_TITLE })).toBeAttached();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Branch map', exact: true }).click();

  const drawing = page.getByRole('region', { name: 'Branch map drawing (scrolls)', exact: true });
  const scene = drawing.getByRole('button', { name: new RegExp(`Scene the-post: ${LONG_TITLE} \\(start\\), line \\d+\\. Show in the editor$`) });
  await expect(scene).toBeAttached();
  // The box draws the title cut short: the whole of it has to be readable somewhere.
  await expect(scene.locator('tspan').first()).toHaveText(/…$/);

  // It says it scrolls, in words under it that also describe the region, while the map runs off its right edge.
  const hint = page.getByText('Scroll sideways for more of the map', { exact: true });
  await expect(hint).toBeVisible();
  await expect(drawing).toHaveAccessibleDescription('Scroll sideways for more of the map');

  // A keyboard user can reach the region and scroll it.
  await expect(drawing).toHaveAttribute('tabindex', '0');
  await drawing.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => drawing.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
  await drawing.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
  await expect(hint).toBeHidden();
  await drawing.evaluate((box) => box.scrollTo({ left: 0 }));
  await expect(hint).toBeVisible();

  // Focus shows the whole label above the drawing; so does the pointer.
  await scene.focus();
  await expect(page.getByText(new RegExp(`^Scene the-post: ${LONG_TITLE} \\(start\\), line \\d+$`))).toBeVisible();
  await drawing.getByRole('button', { name: /^Think again\b.*Ending poor-ending: Think again/ }).hover();
  await expect(page.getByText(/^Ending poor-ending: Think again \(ending, poor\), line \d+$/)).toBeVisible();

  await expectNoAxeViolationsInBothSchemes(page, 'branch map at 320 px');
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolationsInBothSchemes(page, `branch map at ${width} px`);
  }
});
