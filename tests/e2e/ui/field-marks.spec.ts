import { expect, test } from '@playwright/test';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

test('every profile field says exactly one of “(required)” and “(optional)”, and both marks look the same', async ({ page }) => {
  await signInThroughOutbox(page, newLearnerEmail('field-marks'), '/profile');
  const form = page.locator('main form').filter({ has: page.getByRole('button', { name: 'Save profile', exact: true }) });
  const labels = await form.locator('label').evaluateAll((elements) =>
    elements.map((label) => {
      const marks = [...label.querySelectorAll('span')].filter((span) => /^\s*\((required|optional)\)\s*$/.test(span.textContent ?? ''));
      const text = label.textContent ?? '';
      return {
        label: text.trim(),
        marksInText: (text.match(/\((required|optional)\)/g) ?? []).length,
        markStyles: marks.map((mark) => {
          const style = getComputedStyle(mark);
          return `${style.color} ${style.fontWeight} ${style.fontSize}`;
        }),
      };
    }),
  );
  expect(labels.length).toBeGreaterThan(3);
  for (const label of labels) {
    expect(label.marksInText, `marks in “${label.label}”`).toBe(1);
    expect(label.markStyles, `the mark of “${label.label}” is the shared mark`).toHaveLength(1);
  }
  expect(new Set(labels.map((label) => label.markStyles[0])).size, 'one look for both marks').toBe(1);
});
