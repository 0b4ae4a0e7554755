import { yieldToEventLoop } from '@/lib/render/yield-to-event-loop';

/**
 * How long report work waits for urgent work before going on regardless, so that a steady stream
 * of saves slows an owner's page down but never stops it.
 */
export const longestWaitForUrgentMs = 100;

interface UrgentWorkState {
  inFlight: number;
  waiting: Array<() => void>;
}

// On globalThis under a registered symbol: Next.js bundles a server module once per layer, and the
// app server (scripts/app-server.ts) loads its own copy, so a module-local counter would be one of
// several (the same reason as lib/server/db/direct-sql.ts's Symbol.for key).
const stateKey = Symbol.for('postwise.urgentWork');

function state(): UrgentWorkState {
  const holder = globalThis as { [stateKey]?: UrgentWorkState };
  holder[stateKey] ??= { inFlight: 0, waiting: [] };
  return holder[stateKey];
}

/**
 * Runs `work` (a short request a person is waiting on: a learner's decision save) as urgent:
 * while it is in flight, report work that asks afterUrgentWork() waits. Returns or throws what
 * `work` does.
 *
 * Why: the Node process runs one thing at a time, so a save that arrives while owners reload the
 * dashboard gets only a fair share of it, a third with two owners, and waits several times its
 * idle time (issue 18: a save's p95 while the dashboard renders must stay within 2× of idle).
 */
export async function asUrgentWork<T>(work: () => Promise<T>): Promise<T> {
  const current = state();
  current.inFlight += 1;
  try {
    return await work();
  } finally {
    current.inFlight -= 1;
    if (current.inFlight === 0) for (const wake of current.waiting.splice(0)) wake();
  }
}

/**
 * For report work (a page of many rows) between its parts: resolves after the event loop's next
 * turn (yieldToEventLoop), and then, while urgent work is in flight, when it has all finished or
 * after longestWaitForUrgentMs, whichever is first.
 */
export async function afterUrgentWork(): Promise<void> {
  await yieldToEventLoop();
  const current = state();
  if (current.inFlight === 0) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, longestWaitForUrgentMs);
    current.waiting.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** How many pieces of urgent work are in flight now (0 when none): for tests and diagnostics. */
export function urgentWorkInFlight(): number {
  return state().inFlight;
}
