import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const SCREENSHOTS = 'artifacts/screenshots';
const widths = { phone: 320, desktop: 1280 } as const;

/**
 * Fails if anything on the page is animating. Every e2e page runs with reduced motion
 * (playwright.config.ts), where nothing may move; a transition still running would also let axe
 * read a colour half-way between two states, so this runs before every axe check.
 */
export async function expectNothingAnimating(page: Page, where: string): Promise<void> {
  const running = await page.evaluate(() =>
    document.getAnimations().map((animation) => {
      const target = (animation.effect as KeyframeEffect | null)?.target;
      const property = animation instanceof CSSTransition ? animation.transitionProperty : animation instanceof CSSAnimation ? animation.animationName : 'script';
      return `${target?.tagName.toLowerCase() ?? '?'}: ${property}`;
    }),
  );
  expect(running, `animations running on ${where} with reduced motion`).toEqual([]);
}

/**
 * Waits until the document a navigation led to has wholly arrived: loaded, with its own title
 * applied. `toHaveURL` passes as soon as the address changes, while Next.js may still be streaming
 * the new page; its `<title>` comes with the streamed metadata, after the content. On a busy
 * machine axe could run in between and report `document-title` on a page that has one. Both are
 * signals the page gives, so this waits exactly as long as the page takes, never a fixed time.
 */
async function waitForWholeDocument(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => document.title.trim() !== '');
}

/**
 * axe with the WCAG 2.0–2.2 A and AA rules, in the colour scheme the page is in now.
 * Legacy mode runs axe inside the page itself. The default mode opens a blank page (a new Chromium
 * renderer process) for every check only to merge results from cross-origin frames, and the app has
 * no frames at all (its CSP's default-src is 'self'; nothing renders an iframe): measured on 14
 * checks, 10.3 s in the default mode against 5.2 s in legacy mode, same rules, both passing.
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  await waitForWholeDocument(page);
  await expectNothingAnimating(page, where);
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** {@link expectNoAxeViolations} in light, then dark; leaves the page in light. */
export async function expectNoAxeViolationsInBothSchemes(page: Page, where: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `${where} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Checks the page with axe in light and dark, and screenshots it at phone and desktop width.
 * The colour scheme is a media query only (no class or script toggles it), so the page is in the
 * new scheme as soon as `emulateMedia` returns.
 */
export async function checkEverywhere(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `${name} (${colorScheme})`);
    for (const [device, width] of Object.entries(widths)) {
      await page.setViewportSize({ width, height: 900 });
      // Nothing may need sideways scrolling on a 320 px phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-${device}-${colorScheme}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
