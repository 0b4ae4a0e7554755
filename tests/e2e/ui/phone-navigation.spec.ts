import { randomBytes } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';
import { stored, withE2eDatabase } from '../support/e2e-database';

/** Every link the navigation can show, for a user who is an admin, a studio author and a practice owner. */
const ALL_LINKS = ['My learning', 'Library', 'CPD record', 'My practices', 'Groups', 'Studio', 'Admin', 'Your profile: Nav Tester', 'Your data'];

/**
 * Makes a signed-up user the one with the most navigation links: an admin, a studio author and the
 * owner of a practice (the owner sees "My practices" and "Groups"). Written straight into the e2e
 * database, as the admin and studio roles are granted by another admin in the app.
 */
function grantEveryLink(email: string): void {
  withE2eDatabase((database) => {
    const user = database.prepare('SELECT "id" FROM "User" WHERE "email" = ?').get(email) as { id: string } | undefined;
    if (!user) throw new Error(`No user ${email}: sign in first`);
    const now = stored(new Date());
    const practiceId = `nav-practice-${randomBytes(8).toString('hex')}`;
    database.prepare('UPDATE "User" SET "isAdmin" = 1, "certificateName" = ? WHERE "id" = ?').run('Nav Tester', user.id);
    database.prepare('INSERT INTO "StudioRole" ("id", "userId", "role", "grantedAt") VALUES (?, ?, ?, ?)').run(`nav-role-${randomBytes(8).toString('hex')}`, user.id, 'author', now);
    database.prepare('INSERT INTO "Practice" ("id", "name", "createdAt") VALUES (?, ?, ?)').run(practiceId, 'Phone Nav Dental', now);
    database
      .prepare('INSERT INTO "PracticeMembership" ("id", "practiceId", "userId", "role", "createdAt") VALUES (?, ?, ?, ?, ?)')
      .run(`nav-owner-${randomBytes(8).toString('hex')}`, practiceId, user.id, 'owner', now);
  });
}

/**
 * The Menu button. A `<summary>` has no ARIA role of its own that Playwright's role queries know
 * (browsers expose it as a disclosure button), so it is found by its text inside the main navigation.
 */
function menuButton(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' }).locator('summary', { hasText: 'Menu' });
}

/** The links and the sign-out button the navigation shows now, visible ones only. */
function visibleLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

async function signInWithEveryLink(page: Page): Promise<void> {
  const email = newLearnerEmail('phone-nav');
  await signInThroughOutbox(page, email, '/learn');
  grantEveryLink(email);
}

test('signed in on a phone, the navigation is one Menu button that opens by mouse and keyboard and reaches every link', async ({ page }) => {
  await signInWithEveryLink(page);
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/learn');

  // The header leaves the screen to the page: one line, not a stack of links.
  const header = await page.getByRole('banner').boundingBox();
  expect(header?.height, 'header height at 375 px').toBeLessThanOrEqual(80);

  const menu = menuButton(page);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  const panelId = await menu.getAttribute('aria-controls');
  expect(panelId).toBeTruthy();
  for (const name of ALL_LINKS) await expect(visibleLink(page, name)).toHaveCount(0);

  // By mouse: it opens with every link on screen, and closes again.
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator(`[id="${panelId}"]`)).toBeVisible();
  for (const name of ALL_LINKS) await expect(visibleLink(page, name)).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(visibleLink(page, 'Admin')).toHaveCount(0);

  // By keyboard: Enter opens, Tab walks through every link and Sign out, Escape closes and puts focus back.
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const reached: string[] = [];
  for (let index = 0; index < ALL_LINKS.length + 1; index += 1) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
  }
  expect(reached).toEqual([...ALL_LINKS, 'Sign out']);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();

  // Clicking elsewhere closes it; so does following one of its links (the layout stays on a client navigation).
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  // Below the open panel, which drops over the top of the page.
  await page.mouse.click(5, 650);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await visibleLink(page, 'CPD record').click();
  await expect(page).toHaveURL(/\/cpd$/);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  // A 320 px phone: nothing scrolls sideways, closed or open, and every link is on screen.
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSidewaysScroll(page, 'the header at 320 px, menu closed');
  await menu.click();
  for (const name of ALL_LINKS) await expect(visibleLink(page, name)).toBeInViewport();
  await expectNoSidewaysScroll(page, 'the header at 320 px, menu open');
  await page.keyboard.press('Escape');
});

test('the phone menu passes axe in light and dark, closed and open, and desktop keeps the links inline', async ({ page }) => {
  await signInWithEveryLink(page);
  await page.goto('/learn');
  const menu = menuButton(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 375, height: 667 });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expectNoAxeViolations(page, `phone menu closed, 375 px (${colorScheme})`);
    await menu.click();
    await expect(visibleLink(page, 'Admin')).toBeVisible();
    await expectNoAxeViolations(page, `phone menu open, 375 px (${colorScheme})`);
    await menu.click();

    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(menu).toBeHidden();
    for (const name of ALL_LINKS) await expect(visibleLink(page, name)).toBeVisible();
    await expectNoAxeViolations(page, `navigation, 1280 px (${colorScheme})`);
  }
});

test('the phone menu opens without JavaScript', async ({ browser, page }) => {
  await signInWithEveryLink(page);
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), viewport: { width: 375, height: 667 } });
  try {
    const phone = await noScript.newPage();
    await phone.goto('/learn');
    await menuButton(phone).click();
    for (const name of ALL_LINKS) await expect(visibleLink(phone, name)).toBeInViewport();
    await visibleLink(phone, 'Your data').click();
    await expect(phone).toHaveURL(/\/account$/);
  } finally {
    await noScript.close();
  }
});

test('signed out, the navigation links to the library on a phone and on a desktop', async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/learn');
    const library = visibleLink(page, 'Library');
    await expect(library).toBeInViewport();
    await expectNoSidewaysScroll(page, `the signed-out header at ${width} px`);
  }
  await visibleLink(page, 'Library').click();
  await expect(page).toHaveURL(/\/library$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario library', exact: true })).toBeVisible();
});
