import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

test('a refused form shows its summary at the top, focused, and each field it names is a link that moves focus to that field', async ({ page }) => {
  await signInThroughOutbox(page, newLearnerEmail('refusal-summary'), '/cpd');
  await page.setViewportSize({ width: 375, height: 667 });
  const form = page.getByRole('region', { name: 'Add CPD from elsewhere', exact: true });
  await form.getByRole('button', { name: 'Add to my record', exact: true }).click();

  const summary = form.getByRole('alert');
  await expect(summary).toHaveText('5 fields need attention: “Activity title”, “Provider”, “Date completed”, “Verifiable hours” and “GDC development outcomes”.');
  // Focused, so a keyboard or screen-reader user starts from it and it is scrolled into view.
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  // Above the first field, not ~1,000 px below it by the button.
  const title = form.getByRole('textbox', { name: 'Activity title', exact: true });
  const [summaryBox, titleBox] = [await summary.boundingBox(), await title.boundingBox()];
  expect(summaryBox!.y + summaryBox!.height, 'summary ends above the first field').toBeLessThanOrEqual(titleBox!.y);

  await summary.getByRole('link', { name: '“Verifiable hours”', exact: true }).click();
  await expect(form.getByRole('textbox', { name: 'Verifiable hours', exact: true })).toBeFocused();
  await summary.getByRole('link', { name: '“GDC development outcomes”', exact: true }).click();
  await expect(form.getByRole('checkbox', { name: 'Outcome A', exact: true })).toBeFocused();
  await summary.getByRole('link', { name: '“Activity title”', exact: true }).click();
  await expect(title).toBeFocused();
  await expectNoAxeViolationsInBothSchemes(page, 'CPD form refused at 375 px');

  // A confirmation stays by the button the person pressed, and the summary goes.
  await title.fill('Radiography update');
  await form.getByRole('textbox', { name: 'Provider', exact: true }).fill('Deanery');
  await form.getByLabel('Date completed').fill('2026-01-15');
  await form.getByRole('textbox', { name: 'Verifiable hours', exact: true }).fill('2');
  await form.getByRole('checkbox', { name: 'Outcome C', exact: true }).check();
  await form.getByRole('button', { name: 'Add to my record', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Add CPD from elsewhere', exact: true }).getByRole('alert')).toHaveCount(0);
});
