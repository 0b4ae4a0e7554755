import type { Page } from '@playwright/test';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The path of the first link in the newest demo-outbox email (`/outbox`, EMAIL_OUTBOX) to `email`
 * whose subject matches `subject`. Navigates `page` to the outbox. Throws when there is none.
 */
export async function linkFromOutbox(page: Page, email: string, subject: RegExp): Promise<string> {
  await page.goto('/outbox');
  const message = page
    .getByRole('article', { name: new RegExp(`to ${escapeRegExp(email)}$`) })
    .filter({ has: page.getByRole('heading', { name: subject }) })
    .first();
  const href = await message.getByRole('link').first().getAttribute('href');
  if (!href) throw new Error(`No link in the outbox for ${email}`);
  return new URL(href).pathname;
}
