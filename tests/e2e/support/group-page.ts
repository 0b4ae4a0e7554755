import type { Page } from '@playwright/test';
import { checkEverywhere, expectNoAxeViolationsInBothSchemes } from './accessibility';

/**
 * The accessibility check of a group (organisation) page: axe in light and dark at 375 px, with
 * checkEverywhere's screenshots and 320 px overflow check, and axe again in both schemes at 1280 px,
 * where the group's site table is widest. Leaves the page in the light scheme.
 */
export async function checkGroupPage(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 375, height: 900 });
  await checkEverywhere(page, name);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolationsInBothSchemes(page, `${name} at 1280 px`);
}
