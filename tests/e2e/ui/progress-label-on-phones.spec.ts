import { expect, test } from '@playwright/test';

test("the trial's progress label keeps whole words on a phone", async ({ page }) => {
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 700 });
    // The trial the home page offers: which scenario that is depends on what the studio has
    // published (the first of the first module), and studio specs publish before this one runs.
    await page.goto('/');
    await page.getByRole('link', { name: 'Try a scenario' }).click();
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
