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
/** Pages answering 200 kept at most (least recently used dropped first): the public pages. */
export const PAGE_CAPACITY = 200;
/**
 * Not-found pages kept at most, apart from the others: any path may answer 404, so a scanner
 * asking for made-up addresses must only push out other not-found copies, never the home page
 * or a verification page (attack review, stop 29).
 */
export const NOT_FOUND_CAPACITY = 50;

interface Entry {
  page: CachedPage;
  storedAt: number;
}

/**
 * Pages that are the same for every visitor without cookies, by path, in this server's memory.
 * A page is fresh for PAGE_FRESH_MS; after that one request renders it again while the others are
 * sent the old copy (for up to PAGE_STALE_MS). `forget` drops a path at once, and a render that
 * started before a `forget` is not stored (its page may predate the change). Not-found copies are
 * kept apart from the others, each kind within its own capacity, least recently sent dropped first.
 */
export class PageCache {
  /** Insertion order is recency: a page sent is moved to the end. */
  private readonly found = new Map<string, Entry>();
  private readonly notFound = new Map<string, Entry>();
  private readonly refreshing = new Set<string>();
  private generation = 0;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /**
   * The page to send for `path`, or undefined when the caller must render it (and then `store`
   * it with the ticket it got here, or `abandon` the ticket). Only one caller at a time gets a
   * ticket for a path that has a stale copy.
   */
  take(path: string): { page: CachedPage } | { ticket: number } {
    const entry = this.found.get(path) ?? this.notFound.get(path);
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
    this.drop(path);
    if (!page) return;
    const [kind, capacity] = page.status === 404 ? [this.notFound, NOT_FOUND_CAPACITY] : [this.found, PAGE_CAPACITY];
    kind.set(path, { page, storedAt: this.now() });
    if (kind.size > capacity) kind.delete(kind.keys().next().value!);
  }

  /** Drops the page at `path`: the next visitor gets it rendered again, from the database. */
  forget(path: string): void {
    this.generation += 1;
    this.drop(path);
  }

  private drop(path: string): void {
    this.found.delete(path);
    this.notFound.delete(path);
  }

  private touch(path: string, entry: Entry): { page: CachedPage } {
    const kind = entry.page.status === 404 ? this.notFound : this.found;
    kind.delete(path);
    kind.set(path, entry);
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
