import { expect, test, type Locator, type Page } from '@playwright/test';
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

/** The zoom readout: its words, and how many lines they take (one: it neither wraps nor splits "100 %"). */
async function readout(page: Page): Promise<{ text: string; lines: number }> {
  return page.getByText(/^\d+\u00a0%/).evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return { text: element.textContent ?? '', lines: new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size };
  });
}

test('the branch map draws no word under 12 px at 320 px: a small map keeps its words a step out from 100 %, and leaves them out only where they would be too small to read', async ({ page }) => {
  const scenarioId = `e2e-map-words-${Date.now()}`;
  await signInThroughOutbox(page, AUTHOR, '/studio');
  await page.getByRole('textbox', { name: 'Scenario id', exact: true }).fill(scenarioId);
  await page.getByRole('combobox', { name: 'Module', exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'New scenario from the template', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Draft: ${scenarioId}` })).toBeVisible();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.getByRole('button', { name: 'Branch map', exact: true }).click();

  const drawing = page.getByRole('region', { name: 'Branch map drawing (scrolls)', exact: true });
  await expect(drawing.locator('svg[role="group"]')).toBeVisible();
  // A small map opens at 100 %, with its words drawn.
  await expect.poll(() => readout(page)).toEqual({ text: '100\u00a0%', lines: 1 });
  const words = await drawnWords(drawing);
  expect(words.length, 'words drawn at 100 %').toBeGreaterThan(0);
  expect(words.filter((word) => word.px < MIN_TEXT_PX), `words under ${MIN_TEXT_PX} px at 100 %`).toEqual([]);
  await expectNoAxeViolationsInBothSchemes(page, 'branch map at 100 %, 320 px');

  // One step out, the words are still drawn, none under 12 px.
  await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await expect.poll(() => readout(page)).toEqual({ text: '75\u00a0%', lines: 1 });
  const stepOut = await drawnWords(drawing);
  expect(stepOut.length, 'words drawn at 75 %').toBeGreaterThan(0);
  expect(stepOut.filter((word) => word.px < MIN_TEXT_PX), `words under ${MIN_TEXT_PX} px at 75 %`).toEqual([]);
  await expectNoAxeViolationsInBothSchemes(page, 'branch map at 75 %, 320 px');

  // Far out, words that would be too small to read are left out, the readout says so on one line, and the scenes keep their names.
  await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await expect.poll(() => readout(page)).toEqual({ text: '25\u00a0%, no words', lines: 1 });
  expect(await drawnWords(drawing)).toEqual([]);
  await expect(drawing.getByRole('button', { name: /Ending poor-ending/ }).first()).toBeAttached();
  await expect(drawing.locator('title').first()).toBeAttached();
  await expectNoAxeViolationsInBothSchemes(page, 'branch map at 25 %, 320 px');
});
