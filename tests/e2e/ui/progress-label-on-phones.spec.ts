import { expect, test } from '@playwright/test';
import { loadLibrary } from '../support/scenario-paths';

const library = loadLibrary();

test("the trial's progress label keeps whole words on a phone", async ({ page }) => {
  const scenario = library.scenarios[0];
  if (!scenario) throw new Error('The library is empty');
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(`/try/${scenario.id}`);
    const label = page.getByText(/^Decision 1 of up to \d+$/);
    await expect(label).toBeVisible();
    // The label is one short line: "Deci/sion/1 of/up to/4" was reported at 375 px (issue 18).
    const lines = await label.evaluate((element) => {
      const text = element.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) throw new Error('The label is not plain text');
      const tops = new Set<number>();
      for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
      }
      return tops.size;
    });
    expect(lines, `lines the progress label takes at ${width} px`).toBe(1);
  }
});
