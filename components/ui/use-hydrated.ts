import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/**
 * Whether this component is running hydrated in the browser: `false` in the server's HTML and
 * while React hydrates it, `true` from then on. Controls whose only effect is a client-side
 * handler start disabled with it, so a tap before the page is interactive (a slow phone, a busy
 * machine) is visibly not yet possible instead of silently lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
