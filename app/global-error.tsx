'use client';

import './globals.css';
import { genericErrorMessage } from '@/lib/errors';

/**
 * The last resort, when the root layout itself fails: it replaces the whole document, so it
 * brings its own <html>, <body> and the site's stylesheet (a file, which the CSP allows), and no
 * inline script or style. It cannot ask the database anything, so it says only what is certain.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en-GB">
      <body className="flex min-h-dvh flex-col font-sans">
        <title>Something went wrong · Postwise</title>
        <main className="mx-auto w-full max-w-prose flex-1 space-y-4 px-4 py-8">
          <h1 className="text-3xl font-bold">Something went wrong</h1>
          <p role="alert">{genericErrorMessage}</p>
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              onClick={retry}
              className="inline-flex min-h-11 items-center justify-center rounded-lg bg-slate-900 px-4 py-2 font-semibold text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300 dark:focus-visible:outline-sky-300"
            >
              Try again
            </button>
            {/* A plain link, not next/link: the app's router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="inline-flex min-h-11 items-center font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300">
              Go to the home page
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
