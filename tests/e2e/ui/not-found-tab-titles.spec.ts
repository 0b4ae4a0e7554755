import { expect, test } from '@playwright/test';
import { newLearnerEmail, signInThroughOutbox } from '../support/sign-in';

/**
 * Every kind of not-found answer, and the words its tab title must carry. A page that calls
 * `notFound()` keeps its own metadata in Next.js unless the not-found page overrides it, so a
 * missing library page's tab said "Scenario library" (a user trial, issue 18).
 */
const NOT_FOUND = [
  { where: 'an address nothing answers', path: '/no-such-address', title: 'Page not found · Postwise' },
  { where: 'a library page past the last', path: '/library?page=999', title: 'Library page not found · Postwise' },
  { where: 'a certificate code no certificate has', path: '/verify/PW-AAAA-AAAA-AAAA', title: 'Certificate not found · Postwise' },
  { where: 'a practice that is not the visitor’s', path: '/practice/no-such-practice', title: 'Page not found · Postwise' },
  { where: 'a module that does not exist', path: '/learn/no-such-module/complete', title: 'Page not found · Postwise' },
  { where: 'a certificate page that does not exist', path: '/certificates/PW-AAAA-AAAA-AAAA', title: 'Page not found · Postwise' },
] as const;

test('every not-found page says so in its tab title, before and after its script runs', async ({ page }) => {
  await signInThroughOutbox(page, newLearnerEmail('not-found-titles'), '/learn');
  for (const { where, path, title } of NOT_FOUND) {
    const response = await page.goto(path);
    expect(response?.status(), `${where}: status`).toBe(404);
    expect(await response?.text(), `${where}: the served page's title`).toContain(`<title>${title}</title>`);
    // After hydration too: a client-side head update must not put the page's own title back.
    await page.waitForLoadState('load');
    await expect(page, `${where}: the tab title`).toHaveTitle(title);
  }
});
