import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from '../support/accessibility';
import { signInThroughOutbox } from '../support/sign-in';

// The seeded demo practice and its owner (lib/content/seed-demo.ts).
const demoPracticeId = 'demo-practice';
const ownerEmail = 'owner@demo.postwise.test';

test("the assign form's module select shows its own refusal, and the box names the field instead of repeating it", async ({ page }) => {
  await signInThroughOutbox(page, ownerEmail, `/practice/${demoPracticeId}`);
  const assign = page.getByRole('region', { name: 'Assign a module', exact: true });
  // Exact: the staff filter above has a select named "In module".
  const moduleSelect = assign.getByRole('combobox', { name: 'Module', exact: true });
  await expect(assign.locator('label[for="assign-module"]')).toHaveText('Module (required)');
  await expect(moduleSelect).toHaveAttribute('required', '');

  // A module withdrawn after the page loaded: the option's value names a module that no longer exists.
  await moduleSelect.evaluate((select: HTMLSelectElement) => {
    const option = select.options[select.selectedIndex];
    if (option) option.value = 'withdrawn-module';
  });
  await assign.getByRole('button', { name: 'Assign module', exact: true }).click();

  await expect(moduleSelect).toHaveAttribute('aria-invalid', 'true');
  await expect(moduleSelect).toHaveAccessibleDescription('Module not found.');
  await expect(assign.getByText('Module not found.', { exact: true })).toHaveCount(1);
  await expect(assign.getByRole('alert')).toHaveText('Check “Module”: what to change is under it.');
  await page.setViewportSize({ width: 320, height: 900 });
  await expectNoAxeViolationsInBothSchemes(page, 'assign form, module refused at 320 px');
});
