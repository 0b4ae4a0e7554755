import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

/**
 * Every "(required)" and "(optional)" mark on the page, with whether it sits on the same line as
 * the last word of its label: the top of the mark's "(" against the top of the label's last
 * character before it, both measured from the text itself (a range), not from their boxes.
 */
async function marksOffTheirWord(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const topOf = (node: Text, index: number) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect().top;
    };
    const textsIn = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const found: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Text);
      return found;
    };
    const marks = [...main.querySelectorAll('label span, legend span')].filter((span) => /^\s*\((required|optional)\)\s*$/.test(span.textContent ?? ''));
    if (marks.length === 0) return ['no marks found'];
    return marks.flatMap((mark) => {
      const owner = mark.closest('label, legend')!;
      const open = textsIn(mark).find((text) => text.data.includes('('))!;
      const markTop = topOf(open, open.data.indexOf('('));
      const before = textsIn(owner).filter((text) => !mark.contains(text) && text.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING && text.data.trim() !== '');
      const last = before.at(-1);
      if (!last) return [];
      const wordTop = topOf(last, last.data.trimEnd().length - 1);
      return Math.abs(markTop - wordTop) > 4 ? [`${(owner.textContent ?? '').trim()}: the mark is ${Math.round(markTop - wordTop)} px below its last word`] : [];
    });
  });
}

test('a field’s “(required)” or “(optional)” stays on the line of its label’s last word on narrow phones', async ({ page }) => {
  await signInThroughOutbox(page, newLearnerEmail('field-mark-wrap'), '/learn/social-media/complete');
  await expect(page.getByRole('group', { name: 'How would you rate this module? (required)', exact: true })).toBeVisible();
  for (const width of [375, 320]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await marksOffTheirWord(page), `marks on a line of their own on the completion page at ${width} px`).toEqual([]);
  }
  await expectNoAxeViolationsInBothSchemes(page, 'completion page at 320 px');

  await page.goto('/profile');
  await expect(page.getByRole('button', { name: 'Save profile', exact: true })).toBeVisible();
  for (const width of [375, 320]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await marksOffTheirWord(page), `marks on a line of their own on the profile page at ${width} px`).toEqual([]);
  }
});
