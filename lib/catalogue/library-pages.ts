/**
 * The public library (/library) page by page: every published scenario in catalogue order, cut into
 * pages of LIBRARY_PAGE_SIZE cards, each card under its module's heading. A page's size is bounded
 * whatever the library's, as the home page's is (lib/catalogue/front-door.ts).
 */
import type { ModuleWithScenarios, ScenarioOf } from './front-door';

/** Scenario cards on one page of /library. */
export const LIBRARY_PAGE_SIZE = 24;

export interface LibraryPage<M extends ModuleWithScenarios> {
  /** 1-based. */
  page: number;
  /** At least 1 (an empty library has one empty page). */
  pageCount: number;
  /** The modules with a card on this page, each with only its cards on this page; `continued` when the module began on an earlier page. */
  sections: Array<{ module: M; scenarios: Array<ScenarioOf<M>>; continued: boolean }>;
}

/** The number of pages `modules` fill. */
export function libraryPageCount(modules: readonly ModuleWithScenarios[]): number {
  const scenarios = modules.reduce((total, module) => total + module.scenarios.length, 0);
  return Math.max(1, Math.ceil(scenarios / LIBRARY_PAGE_SIZE));
}

/**
 * The page number the `page` query parameter names (as sent; absent means page 1, and of a
 * repeated parameter the first counts), or undefined when it names no page: anything but a whole
 * number, written in digits, from 1 to `pageCount`. `0`, `abc`, `1.5` and past the end name none.
 */
export function libraryPageNumber(requested: string | string[] | undefined, pageCount: number): number | undefined {
  const raw = Array.isArray(requested) ? requested[0] : requested;
  if (raw === undefined) return 1;
  if (!/^\d{1,6}$/.test(raw)) return undefined;
  const page = Number(raw);
  return page >= 1 && page <= pageCount ? page : undefined;
}

/** The tab title of the library's answer to a page number that names no page. */
export const LIBRARY_NOT_FOUND_TITLE = 'Library page not found';

/** What the library's not-found page says about the pages there are. */
export function libraryPagesStatement(pageCount: number): string {
  return pageCount === 1 ? 'The library has only 1 page.' : `The library has ${pageCount} pages: a page is a whole number from 1 to ${pageCount}.`;
}

/**
 * Page `requested` of the library (the `page` query parameter as sent), or undefined when that
 * names no page (see `libraryPageNumber`), for the page to answer 404.
 */
export function libraryPage<M extends ModuleWithScenarios>(modules: readonly M[], requested: string | string[] | undefined): LibraryPage<M> | undefined {
  const pageCount = libraryPageCount(modules);
  const page = libraryPageNumber(requested, pageCount);
  if (page === undefined) return undefined;

  const start = (page - 1) * LIBRARY_PAGE_SIZE;
  const end = start + LIBRARY_PAGE_SIZE;
  const sections: LibraryPage<M>['sections'] = [];
  let position = 0;
  for (const shownModule of modules) {
    const from = Math.max(start, position);
    const to = Math.min(end, position + shownModule.scenarios.length);
    if (from < to) sections.push({ module: shownModule, scenarios: shownModule.scenarios.slice(from - position, to - position), continued: from !== position });
    position += shownModule.scenarios.length;
  }
  return { page, pageCount, sections };
}
