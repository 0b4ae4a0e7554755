import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, expect, it, vi } from 'vitest';
import HomePage from '@/app/page';
import LibraryPage from '@/app/library/page';
import LibraryNotFound from '@/app/library/not-found';
import { publishLibrary } from '@/lib/content/publish-library';
import type { Database } from '@/lib/server/db/create-client';
import { growLibrary } from '@/scripts/bench/load/seed-load';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { describeEachDatabase } from '@/tests/integration/support/test-database';

// A visitor: the home page as the page cache stores it and issue 19 measured it.
vi.mock('@/lib/server/auth/get-current-user', () => ({ getCurrentUser: async () => null }));
vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

/** The scenario cards a rendered page shows: each card's one link names its scenario after a colon. */
function cardTitles(html: string): string[] {
  return [...html.matchAll(/<span class="sr-only">: ([^<]+)<\/span>/g)].map((match) => match[1]!);
}

async function library(page?: string): Promise<string> {
  return renderToStaticMarkup(await LibraryPage({ searchParams: Promise.resolve(page === undefined ? {} : { page }) }));
}

describeEachDatabase("The front door's size with a large library", (getDb) => {
  let db: Database;
  let published = 0;
  beforeAll(async () => {
    db = getDb();
    useTestDatabase(db);
    await publishLibrary({ db, folder: path.resolve('scenarios') });
    published = await growLibrary(db, 90);
  });

  it('shows at most 9 scenario cards on the home page with 90 published, the trial among them, and links to the whole library', async () => {
    expect(published).toBeGreaterThanOrEqual(90);
    const html = renderToStaticMarkup(await HomePage());
    const cards = cardTitles(html);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThanOrEqual(9);
    expect(html).toContain('Try it now, no sign-in');
    expect(html).toMatch(new RegExp(`href="/library"[^>]*>See the whole library: ${published} scenarios in \\d+ modules<`));
  });

  it('lists every published scenario once across the pages of /library, 24 cards a page at most', async () => {
    const first = await library();
    const pageCount = Number(/Page 1 of (\d+)/.exec(first)?.[1]);
    expect(pageCount).toBe(Math.ceil(published / 24));
    const seen: string[] = [];
    for (let page = 1; page <= pageCount; page += 1) {
      const cards = cardTitles(page === 1 ? first : await library(String(page)));
      expect(cards.length).toBeLessThanOrEqual(24);
      seen.push(...cards);
    }
    expect(seen).toHaveLength(published);
  });

  it('answers 404 for a page parameter that names no page, and the not-found page says which pages exist', async () => {
    for (const page of ['99', '0', 'two', '1.5']) await expect(library(page), page).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    const pageCount = Math.ceil(published / 24);
    const notFound = renderToStaticMarkup(await LibraryNotFound());
    expect(notFound).toContain(`The library has ${pageCount} pages: a page is a whole number from 1 to ${pageCount}.`);
    expect(notFound).toMatch(/<a href="\/library"[^>]*>Go to the first page of the library<\/a>/);
  });
});
