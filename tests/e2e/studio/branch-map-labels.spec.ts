import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { signInThroughOutbox } from '../support/sign-in';

// The seeded studio author (lib/content/seed-demo.ts).
const AUTHOR = 'author@demo.postwise.test';

/** The smallest text the app draws (Tailwind's text-xs). */
const MIN_TEXT_PX = 12;

/**
 * Every word drawn in the branch map with the size it appears on screen: SVG text is scaled with
 * its drawing, so its computed size (in map units) times the drawing's scale (getScreenCTM).
 * Words inside `<title>` are tooltips, not drawn.
 */
async function drawnWords(drawing: Locator): Promise<Array<{ text: string; px: number }>> {
  return drawing.locator('text').evaluateAll((texts) =>
    texts.flatMap((text) => {
      if (!(text instanceof SVGTextElement) || text.closest('title')) return [];
      const matrix = text.getScreenCTM();
      const scale = matrix ? Math.hypot(matrix.b, matrix.d) : 1;
      const tspans = [...text.querySelectorAll('tspan')];
      const parts: Element[] = tspans.length > 0 ? tspans : [text];
      return parts.map((part) => ({
        text: part.textContent ?? '',
        px: Math.round(Number.parseFloat(getComputedStyle(part).fontSize) * scale * 10) / 10,
      }));
    }),
  );
}

test('the branch map draws no word under 12 px at 320 px: at 100 % every word is 12 px or more, below it none is drawn and the readout says so', async ({ page }) => {
  const scenarioId = `e2e-map-words-${Date.now()}`;
  await signInThroughOutbox(page, AUTHOR, '/studio');
  await page.getByRole('textbox', { name: 'Scenario id', exact: true }).fill(scenarioId);
  await page.getByRole('button', { name: 'New scenario from the template', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Draft: ${scenarioId}` })).toBeVisible();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.getByRole('button', { name: 'Branch map', exact: true }).click();

  const drawing = page.getByRole('region', { name: 'Branch map drawing (scrolls)', exact: true });
  await expect(drawing.locator('svg[role="group"]')).toBeVisible();
  // A small map opens at 100 %, with its words drawn.
  await expect(page.getByText('100 %', { exact: true })).toBeVisible();
  const words = await drawnWords(drawing);
  expect(words.length, 'words drawn at 100 %').toBeGreaterThan(0);
  expect(words.filter((word) => word.px < MIN_TEXT_PX), `words under ${MIN_TEXT_PX} px at 100 %`).toEqual([]);
  await expectNoAxeViolationsInBothSchemes(page, 'branch map at 100 %, 320 px');

  // Zoomed out, the map draws no words rather than words too small to read, and says so; the scenes keep their names.
  await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await expect(page.getByText('75 %: an overview without words (zoom to 100 % to read them)', { exact: true })).toBeVisible();
  expect(await drawnWords(drawing)).toEqual([]);
  await expect(drawing.getByRole('button', { name: /Ending poor-ending/ }).first()).toBeAttached();
  await expect(drawing.locator('title').first()).toBeAttached();
  await expectNoAxeViolationsInBothSchemes(page, 'branch map at 75 %, 320 px');
});
