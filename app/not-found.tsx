import type { Metadata } from 'next';
import Link from 'next/link';
import { NotFoundTitle } from '@/components/ui/not-found-title';

// Next.js adds <meta name="robots" content="noindex"> to every not-found response itself.
const TITLE = 'Page not found';
export const metadata: Metadata = { title: TITLE };

const linkClass = 'font-semibold text-sky-800 underline underline-offset-4 hover:no-underline dark:text-sky-300';

/**
 * Every address nothing answers, and every `notFound()` (a scenario, certificate or practice
 * that does not exist or is not the visitor's to see: the two are not told apart). Served with
 * status 404 inside the site's layout, so it keeps the navigation and the CSP's nonce; its one
 * script keeps the tab title saying "Page not found" (`NotFoundTitle`).
 */
export default function NotFound() {
  return (
    <div className="max-w-prose space-y-4">
      <NotFoundTitle title={`${TITLE} · Postwise`} />
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>There is nothing at this address, or it is not yours to see. If you followed a link from an email, it may have been replaced by a newer one.</p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <Link href="/" className={linkClass}>
            Go to the home page
          </Link>
        </li>
        <li>
          <Link href="/learn" className={linkClass}>
            Go to my learning
          </Link>
        </li>
        <li>
          <Link href="/verify" className={linkClass}>
            Check a certificate by its code
          </Link>
        </li>
      </ul>
    </div>
  );
}
