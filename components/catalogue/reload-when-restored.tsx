'use client';

import { useEffect } from 'react';

/**
 * Reloads the page when the browser shows it again from its back/forward cache (`pageshow` with
 * `persisted`, https://html.spec.whatwg.org/#the-pagetransitionevent-interface): that is the page
 * frozen as it was left, so /learn would show progress from before the decisions made since
 * (trial user: "Not started" after a decision). Renders nothing.
 *
 * It can fire only on a back/forward traversal to this very document: a first load, a reload and
 * every navigation inside Next's router (sign-in passing through /learn included) have `persisted`
 * false, and the listener is removed when the page unmounts. It uses no router hook, so the page
 * still renders outside Next's router (the integration tests render /learn on its own). Next's
 * router keeps its own copy of pages for Back and Forward within one document; /learn's scenario
 * links therefore load the scenario as a document of its own (app/learn/page.tsx).
 */
export function ReloadWhenRestored() {
  useEffect(() => {
    const reloadIfRestored = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener('pageshow', reloadIfRestored);
    return () => window.removeEventListener('pageshow', reloadIfRestored);
  }, []);
  return null;
}
