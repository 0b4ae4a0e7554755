import { forgetInCachingProcess } from './pages-forgotten-elsewhere.mjs';

/** One page as it is sent to every visitor without cookies: status, headers (policy already hashed) and body. */
export interface CachedPage {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** How long a stored page is sent without asking Next.js again, in milliseconds. */
export const PAGE_FRESH_MS = 2_000;
/** How long a page past PAGE_FRESH_MS may still be sent while one request renders its replacement. */
export const PAGE_STALE_MS = 30_000;
/** Pages kept at most (least recently used dropped first): any path may answer 404. */
export const PAGE_CAPACITY = 200;

interface Entry {
  page: CachedPage;
  storedAt: number;
}

/**
 * Pages that are the same for every visitor without cookies, by path, in this server's memory.
 * A page is fresh for PAGE_FRESH_MS; after that one request renders it again while the others are
 * sent the old copy (for up to PAGE_STALE_MS). `forget` drops a path at once, and a render that
 * started before a `forget` is not stored (its page may predate the change).
 */
export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly refreshing = new Set<string>();
  private generation = 0;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /**
   * The page to send for `path`, or undefined when the caller must render it (and then `store`
   * it with the ticket it got here, or `abandon` the ticket). Only one caller at a time gets a
   * ticket for a path that has a stale copy.
   */
  take(path: string): { page: CachedPage } | { ticket: number } {
    const entry = this.entries.get(path);
    const age = entry ? this.now() - entry.storedAt : Infinity;
    if (entry && age < PAGE_FRESH_MS) return this.touch(path, entry);
    if (entry && age < PAGE_STALE_MS && this.refreshing.has(path)) return this.touch(path, entry);
    this.refreshing.add(path);
    return { ticket: this.generation };
  }

  /** Keeps a page rendered under `ticket`, unless something was forgotten since the ticket was given. */
  store(path: string, ticket: number, page: CachedPage | undefined): void {
    this.refreshing.delete(path);
    if (ticket !== this.generation) return;
    this.entries.delete(path);
    if (!page) return;
    this.entries.set(path, { page, storedAt: this.now() });
    if (this.entries.size > PAGE_CAPACITY) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Drops the page at `path`: the next visitor gets it rendered again, from the database. */
  forget(path: string): void {
    this.generation += 1;
    this.entries.delete(path);
  }

  private touch(path: string, entry: Entry): { page: CachedPage } {
    this.entries.delete(path);
    this.entries.set(path, entry);
    return { page: entry.page };
  }
}

const registry = Symbol.for('postwise.pageCache');

/**
 * The process's one page cache. It lives on globalThis because the HTTP server (scripts/app-server.ts)
 * and the code Next.js bundles (which calls forgetCachedPage) may load this module separately.
 */
export function sharedPageCache(): PageCache {
  const holder = globalThis as { [registry]?: PageCache };
  holder[registry] ??= new PageCache();
  return holder[registry];
}

/**
 * Drops the cached copy of the page at `path` (e.g. `/verify/PW-7K3M-Q9XD-2HVA`) in this server;
 * call it after any write that changes what that page shows to visitors. In the page renderer
 * process (scripts/page-renderer.mjs), where such writes happen, the cache is the app server's:
 * the path is passed on to it (pages-forgotten-elsewhere.mjs).
 */
export function forgetCachedPage(path: string): void {
  sharedPageCache().forget(path);
  forgetInCachingProcess(path);
}
