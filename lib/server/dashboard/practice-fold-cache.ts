import 'server-only';
import type { MemberFold } from '@/lib/dashboard/member-fold';
import { isPastDue } from '@/lib/dashboard/progress';
import { partsOf, ukToday } from '@/lib/cpd/plain-date';
import type { DashboardContent } from './read-dashboard-modules';

/**
 * How long a practice's fold (every member's standing on every module, readPracticeFold) is reused
 * on the dashboard page, in ms, for its summary and its status filter alike. Folding is one query
 * over every membership and attempt of the practice (~140 ms at 5,000 staff on SQLite, where
 * better-sqlite3 holds the event loop for all of it; 200–250 ms on PostgreSQL); owners reloading
 * the page back to back made every learner's save on the instance wait behind it, and every
 * status filter or page of a filtered view folded the practice again. ADR 013 says why a fold up
 * to this old is acceptable.
 */
export const FOLD_MAX_AGE_MS = 10_000;

// Practices whose fold is kept; the oldest is dropped beyond this (about 250 bytes per member:
// 1.3 MB for 5,000 staff).
const MAX_PRACTICES = 100;

interface Entry {
  key: string;
  countedAt: number;
  fold: Promise<MemberFold[]>;
}

const entries = new Map<string, Entry>();

/**
 * What the fold's reading depends on besides the staff's memberships and attempts: the modules, their
 * assignment, due dates, scenarios and versions, which modules are past due at `now`, and the UK
 * month ("due this month"). Any change makes a new key, so assigning a module, changing a due
 * date, publishing a version or a due date passing is never served from an older fold.
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
 * The fold of practice `practiceId` from `read`, or the one read for it less than `maxAgeMs`
 * before `now` with the same content (contentKey). Concurrent callers share one read in flight.
 * A read that fails is not kept. Call only after the caller's access to the practice is checked:
 * the entry is per practice, not per viewer (the fold is the same for everyone who may see it).
 */
export function cachedPracticeFold(options: {
  practiceId: string;
  content: DashboardContent;
  now: Date;
  maxAgeMs: number;
  read: () => Promise<MemberFold[]>;
}): Promise<MemberFold[]> {
  const { practiceId, now, maxAgeMs } = options;
  if (maxAgeMs <= 0) return options.read();
  const key = contentKey(options.content, now);
  const kept = entries.get(practiceId);
  const age = kept ? now.getTime() - kept.countedAt : Infinity;
  if (kept && kept.key === key && age >= 0 && age < maxAgeMs) return kept.fold;

  const fold = options.read();
  const entry: Entry = { key, countedAt: now.getTime(), fold };
  entries.delete(practiceId);
  entries.set(practiceId, entry);
  if (entries.size > MAX_PRACTICES) entries.delete(entries.keys().next().value!);
  fold.catch(() => {
    if (entries.get(practiceId) === entry) entries.delete(practiceId);
  });
  return fold;
}

/** Drops practice `practiceId`'s kept fold: call after this process changes its staff or their progress. */
export function forgetPracticeFold(practiceId: string): void {
  entries.delete(practiceId);
}
