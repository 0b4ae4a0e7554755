import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import Link from 'next/link';
import './globals.css';
import { SiteNav } from './site-nav';

export const metadata: Metadata = {
  title: { default: 'Postwise — social media CPD for dental professionals', template: '%s · Postwise' },
  description:
    'Verifiable CPD for UK dental professionals: play realistic, fictional social-media scenarios and learn what the guidance says at every decision.',
  icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f8fafc' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, which the CSP nonce requires
  // (proxy.ts); it also keeps pages that show database content from being frozen at build time.
  await headers();
  return (
    <html lang="en-GB">
      <body className="flex min-h-dvh flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to main content
        </a>
        <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          {/* `relative`: the phone menu's panel drops from the bottom edge of the nav, full width. */}
          <nav aria-label="Main" className="relative mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-bold text-sky-800 dark:text-sky-300">
              Postwise
            </Link>
            <SiteNav />
          </nav>
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <p>
            Every scenario is fictional. Postwise is a CPD provider, not a source of legal advice: for a real situation, contact your
            defence organisation.
          </p>
          <p className="mt-2">
            <Link href="/verify" className="underline underline-offset-4">
              Verify a certificate
            </Link>
          </p>
        </footer>
      </body>
    </html>
  );
}
