import 'server-only';
import { after } from 'next/server';
import { Bulkhead } from './render-bulkhead';

/**
 * The longest a dashboard render keeps its turn, in ms: a guard in case Next.js never ran the
 * `after` callback, so a lost release cannot stop this process's dashboards for good. Far above
 * the page's time (median 67–79 ms at 5,000 staff, target ≤ 300 ms, `npm run bench:dashboard`).
 */
export const longestDashboardTurnMs = 10_000;

// On globalThis under a registered symbol, as lib/server/scheduling/urgent-work.ts: Next.js may
// load a server module once per layer, and two bulkheads would let two renders in at once.
const bulkheadKey = Symbol.for('postwise.dashboardRenders');

function dashboardRenders(): Bulkhead {
  const holder = globalThis as { [bulkheadKey]?: Bulkhead };
  holder[bulkheadKey] ??= new Bulkhead(1);
  return holder[bulkheadKey];
}

/**
 * Waits for this process's one dashboard render turn (first come, first served) and holds it until
 * Next.js has finished this response (`after`, which runs when the render threw or called
 * notFound too), or longestDashboardTurnMs at most. Call it in a page's server component, before
 * its first query; call it once per request.
 *
 * Why (issue 18, ADR 013 addendum "one render at a time"): owners reloading the practice dashboard
 * back to back kept both cores busy, the renderer's thread and PostgreSQL's backends each on one,
 * and a learner's save waited for a core at every hop. One render at a time keeps the dashboards to
 * about one core; concurrent owners wait for each other. Every render still reads current data.
 */
export async function takeDashboardRenderTurn(): Promise<void> {
  const release = await dashboardRenders().acquire();
  const guard = setTimeout(release, longestDashboardTurnMs);
  guard.unref();
  try {
    after(() => {
      clearTimeout(guard);
      release();
    });
  } catch (error) {
    // Outside a request (after() refuses): nothing would release the turn, so give it back now.
    clearTimeout(guard);
    release();
    throw error;
  }
}
