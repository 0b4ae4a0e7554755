'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** How often a screen asks whether the session moved (milliseconds). */
const POLL_MS = 2000;

/**
 * Keeps a team session's screen current by polling: every two seconds it asks the server for the
 * session's revision and reloads the page's server data only when it moved. Plain requests to
 * whichever instance answers, so it works behind a load balancer with no extra server.
 */
export function LiveRefresh({ sessionId, revision }: { sessionId: string; revision: number }) {
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        const response = await fetch(`/team/${encodeURIComponent(sessionId)}/revision`, { cache: 'no-store' });
        if (!response.ok) return;
        const body = (await response.json()) as { revision?: unknown };
        if (!stopped && typeof body.revision === 'number' && body.revision !== revision) router.refresh();
      } catch {
        // Offline for a moment: the next poll tries again.
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [router, sessionId, revision]);
  return null;
}
