import 'server-only';
import type { DashboardSummary } from '@/lib/dashboard/model';
import { isPastDue } from '@/lib/dashboard/progress';
import { partsOf, ukToday } from '@/lib/cpd/plain-date';
import type { DashboardContent } from './read-dashboard-modules';

/**
 * How long a practice's whole-practice summary is reused on the dashboard page, in ms. Counting
 * it is one query over every membership and attempt of the practice (~140 ms at 5,000 staff on
 * SQLite, where better-sqlite3 holds the event loop for all of it); owners reloading the page back
 * to back made every learner's save on the instance wait behind it. ADR 013 says why a summary up
 * to this old is acceptable.
 */
export const SUMMARY_MAX_AGE_MS = 10_000;

// Practices whose summary is kept; the oldest is dropped beyond this (a few KB each).
const MAX_PRACTICES = 500;

interface Entry {
  key: string;
  countedAt: number;
  summary: Promise<DashboardSummary>;
}

const entries = new Map<string, Entry>();

/**
 * What the summary depends on besides the staff's memberships and attempts: the modules, their
 * assignment, due dates, scenarios and versions, which modules are past due at `now`, and the UK
 * month ("due this month"). Any change makes a new key, so assigning a module, changing a due
 * date, publishing a version or a due date passing is never served from an older count.
 */
function contentKey(content: DashboardContent, now: Date): string {
  const { year, month } = partsOf(ukToday(now));
  const modules = content.modules.map((module) => [
    module.id,
    module.assigned,
    module.dueAt?.toISOString() ?? null,
    isPastDue(module.dueAt, now),
    module.scenarios.map((scenario) => [scenario.id, content.versionIdsOf.get(scenario.id) ?? []]),
  ]);
  return JSON.stringify([year, month, modules]);
}

/**
 * The summary of practice `practiceId` from `count`, or the one counted for it less than `maxAgeMs`
 * before `now` with the same content (contentKey). Concurrent callers share one count in flight.
 * A count that fails is not kept. Call only after the caller's access to the practice is checked:
 * the entry is per practice, not per viewer (the summary is the same for everyone who may see it).
 */
export function cachedPracticeSummary(options: {
  practiceId: string;
  content: DashboardContent;
  now: Date;
  maxAgeMs: number;
  count: () => Promise<DashboardSummary>;
}): Promise<DashboardSummary> {
  const { practiceId, now, maxAgeMs } = options;
  if (maxAgeMs <= 0) return options.count();
  const key = contentKey(options.content, now);
  const kept = entries.get(practiceId);
  const age = kept ? now.getTime() - kept.countedAt : Infinity;
  if (kept && kept.key === key && age >= 0 && age < maxAgeMs) return kept.summary;

  const summary = options.count();
  const entry: Entry = { key, countedAt: now.getTime(), summary };
  entries.delete(practiceId);
  entries.set(practiceId, entry);
  if (entries.size > MAX_PRACTICES) entries.delete(entries.keys().next().value!);
  summary.catch(() => {
    if (entries.get(practiceId) === entry) entries.delete(practiceId);
  });
  return summary;
}

/** Drops practice `practiceId`'s kept summary: call after this process changes its staff or their progress. */
export function forgetPracticeSummary(practiceId: string): void {
  entries.delete(practiceId);
}
