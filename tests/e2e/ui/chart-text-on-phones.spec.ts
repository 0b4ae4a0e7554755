import { expect, test, type Page } from '@playwright/test';
import { signInThroughOutbox } from '../support/sign-in';

// Seeded demo accounts (lib/content/seed-demo.ts): the practice owner, and a learner with a registrant type and CPD cycle.
const ownerEmail = 'owner@demo.postwise.test';
const learnerEmail = 'learner@demo.postwise.test';

/** The smallest text the app sets on phones (Tailwind's text-xs): anything smaller is hard to read at arm's length. */
const MIN_TEXT_PX = 12;

/**
 * Every piece of visible text in the page's charts (`figure`s), with the size it is drawn at and
 * whether it pokes out of the viewport. SVG text is scaled with its drawing: its computed font
 * size is in the SVG's own units, so the size on screen is that times the drawing's scale
 * (getScreenCTM), which is how a chart drawn for 560 units ended up 9 px high on a phone. Text
 * off the screen only counts outside sideways-scrolling boxes, which are meant to be scrolled.
 */
async function chartText(page: Page): Promise<Array<{ text: string; px: number; outside: boolean }>> {
  return page.locator('figure').evaluateAll((figures) => {
    const found: Array<{ text: string; px: number; outside: boolean }> = [];
    const viewport = document.documentElement.clientWidth;
    for (const figure of figures) {
      const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const element = node.parentElement;
        // Skipped: words for screen readers only, and a closed <details> (the table behind a chart).
        if (!text || !element || element.closest('.sr-only, desc, title') || (element.closest('details:not([open])') && !element.closest('summary'))) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const fontSize = Number.parseFloat(getComputedStyle(element).fontSize);
        const matrix = element instanceof SVGGraphicsElement ? element.getScreenCTM() : null;
        const scale = matrix ? Math.hypot(matrix.b, matrix.d) : 1;
        // Text in a sideways-scrolling box (a wide table beside a chart) is meant to be scrolled to.
        let scrolls = false;
        for (let parent = element.parentElement; parent && !scrolls; parent = parent.parentElement) scrolls = ['auto', 'scroll'].includes(getComputedStyle(parent).overflowX);
        found.push({ text, px: Math.round(fontSize * scale * 10) / 10, outside: !scrolls && (box.left < 0 || box.right > viewport + 0.5) });
      }
    }
    return found;
  });
}

async function expectReadableCharts(page: Page, where: string): Promise<void> {
  const text = await chartText(page);
  expect(text.length, `chart text found on ${where}`).toBeGreaterThan(0);
  expect(text.filter((label) => label.px < MIN_TEXT_PX), `chart text under ${MIN_TEXT_PX} px on ${where} at 375 px`).toEqual([]);
  expect(text.filter((label) => label.outside), `chart text outside the screen on ${where} at 375 px`).toEqual([]);
}

test('chart labels are drawn at least 12 px high and stay on screen on a 375 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });

  await signInThroughOutbox(page, ownerEmail, '/practice/demo-practice');
  await expect(page.getByRole('img', { name: /^Where staff stand on each module/ })).toBeVisible();
  await expectReadableCharts(page, 'the practice dashboard');

  await signInThroughOutbox(page, learnerEmail, '/cpd');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectReadableCharts(page, 'the CPD record');
});

test('the CPD chart year labels never overlap on a 320 px phone: each wraps after its slash inside its own share', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signInThroughOutbox(page, learnerEmail, '/cpd');
  const years = page.locator('figure [data-axis="years"]');
  await expect(years).toBeAttached();
  // The boxes of the glyphs each label draws (one per line), from the text itself rather than its container.
  const labels = await years.locator(':scope > span').evaluateAll((spans) =>
    spans.map((span) => {
      const range = document.createRange();
      range.selectNodeContents(span);
      return { text: span.textContent ?? '', boxes: [...range.getClientRects()].filter((box) => box.width > 0).map(({ left, right, top, bottom }) => ({ left, right, top, bottom })) };
    }),
  );
  expect(labels.length, 'year labels on the CPD chart').toBeGreaterThan(1);
  const overlapping: string[] = [];
  for (const [index, label] of labels.entries()) {
    for (const other of labels.slice(index + 1)) {
      const touches = label.boxes.some((box) => other.boxes.some((them) => box.left < them.right - 0.5 && them.left < box.right - 0.5 && box.top < them.bottom - 0.5 && them.top < box.bottom - 0.5));
      if (touches) overlapping.push(`${label.text} and ${other.text}`);
    }
  }
  expect(overlapping, 'year labels drawn over each other at 320 px').toEqual([]);
  await expectReadableCharts(page, 'the CPD record at 320 px');
});
