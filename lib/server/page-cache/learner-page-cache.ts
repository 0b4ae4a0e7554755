import type { CachedPage } from './page-cache';

/** Learner pages kept at most (least recently sent dropped first). */
export const LEARNER_PAGE_CAPACITY = 2_000;
/** Bytes of learner pages' bodies kept at most (least recently sent dropped first): 64 MiB. */
export const LEARNER_PAGE_BYTES = 64 * 1024 * 1024;

interface Entry {
  stamp: string;
  page: CachedPage;
}

/**
 * Signed-in learners' own pages (ADR 028), in this server's memory: at most one copy per learner
 * and path, valid only under the change stamp it was stored with. A copy is found only by the same
 * learner id, path and stamp, so one learner's page can never be found for another, and a learner
 * whose stamp has moved on (a write changed what the page shows) gets it rendered again. Bounded
 * by `capacity` copies and `maxBytes` of bodies; the least recently sent go first.
 */
export class LearnerPageCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly limits: { capacity: number; maxBytes: number } = { capacity: LEARNER_PAGE_CAPACITY, maxBytes: LEARNER_PAGE_BYTES }) {}

  /** The copy of `path` stored for `userId` under `stamp`, or undefined (none, or stored under another stamp). */
  find(userId: string, path: string, stamp: string): CachedPage | undefined {
    const key = keyOf(userId, path);
    const entry = this.entries.get(key);
    if (!entry || entry.stamp !== stamp) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.page;
  }

  /** Keeps `page` as `userId`'s copy of `path` under `stamp`, replacing any older copy. */
  store(userId: string, path: string, stamp: string, page: CachedPage): void {
    const key = keyOf(userId, path);
    this.drop(key);
    if (page.body.length > this.limits.maxBytes) return;
    this.entries.set(key, { stamp, page });
    this.bytes += page.body.length;
    while (this.entries.size > this.limits.capacity || this.bytes > this.limits.maxBytes) this.drop(this.entries.keys().next().value!);
  }

  /** How many copies are kept and the bytes of their bodies. */
  size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.page.body.length;
  }
}

/** A key no two (learner, path) pairs share: ids and paths never hold a NUL. */
function keyOf(userId: string, path: string): string {
  return `${userId}\u0000${path}`;
}
