import { test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';

// Next.js streams a page's metadata after its content, so right after a navigation the address
// and the content can be the new page's while its <title> has not arrived. The shared axe check
// must wait for it: on a busy CI machine it once ran in between and failed on `document-title`
// (behind-a-proxy.spec.ts, /sign-in/check-email). This page stands in for that moment: it has
// loaded, and its title comes a moment later.
test('the axe check waits for a title that arrives after the content', async ({ page }) => {
  await page.route('**/a-page-whose-title-comes-late', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><head></head><body><main><h1>Check your email</h1></main><script>setTimeout(() => { document.title = "Check your email"; }, 3000);</script></body></html>',
    }),
  );
  await page.goto('/a-page-whose-title-comes-late');
  await expectNoAxeViolations(page, 'a page whose title comes late');
});
