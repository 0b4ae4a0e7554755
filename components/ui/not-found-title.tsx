'use client';

import { useEffect } from 'react';

/**
 * Keeps the tab title of a not-found page (`title`, whole: "Page not found · Postwise") while the
 * page is on screen. A page that answers `notFound()` is served with the not-found page's title,
 * but Next.js then applies the page's own metadata on the client once it has hydrated (open bug
 * vercel/next.js#95836), so /practice/<unknown> said "Practice dashboard" in its tab (a user trial
 * found the same on the library's not-found page, issue 18). Seventeen pages call `notFound()`;
 * this one guard in the not-found pages covers them all. It stops on leaving the page, whose next
 * page's metadata then sets the title as usual.
 */
export function NotFoundTitle({ title }: { title: string }) {
  useEffect(() => {
    const keep = () => {
      if (document.title !== title) document.title = title;
    };
    keep();
    const observer = new MutationObserver(keep);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
  return null;
}
