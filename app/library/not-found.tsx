import type { Metadata } from 'next';
import { LIBRARY_NOT_FOUND_TITLE, libraryPageCount, libraryPagesStatement } from '@/lib/catalogue/library-pages';
import { NotFoundTitle } from '@/components/ui/not-found-title';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { listLearnerModules } from '@/lib/server/catalogue/list-learner-modules';

// The page's own generateMetadata says the same, for after hydration (see app/library/page.tsx).
export const metadata: Metadata = { title: LIBRARY_NOT_FOUND_TITLE };

/**
 * The 404 for a `/library?page=…` that names no page: how many pages there are and which numbers
 * name one. Next.js gives a not-found page no search params, so it cannot repeat the number asked.
 * The way back is a whole-page load (`<a>`): a client navigation from this answer to the same route
 * kept showing the not-found page.
 */
export default async function LibraryNotFound() {
  const user = await getCurrentUser();
  const pageCount = libraryPageCount(await listLearnerModules(user ? { userId: user.id } : {}));
  return (
    <div className="max-w-prose space-y-4">
      <NotFoundTitle title={`${LIBRARY_NOT_FOUND_TITLE} · Postwise`} />
      <h1 className="text-3xl font-bold">No such library page</h1>
      <p>{libraryPagesStatement(pageCount)}</p>
      <p>
        <a href="/library" className="font-semibold text-sky-800 underline underline-offset-4 hover:no-underline dark:text-sky-300">
          Go to the first page of the library
        </a>
      </p>
    </div>
  );
}
