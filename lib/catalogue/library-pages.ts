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

/** Why a requested page cannot be shown, in words for the visitor. */
export interface LibraryPageRefusal {
  refusal: string;
  pageCount: number;
}

/** The number of pages `modules` fill. */
export function libraryPageCount(modules: readonly ModuleWithScenarios[]): number {
  const scenarios = modules.reduce((total, module) => total + module.scenarios.length, 0);
  return Math.max(1, Math.ceil(scenarios / LIBRARY_PAGE_SIZE));
}

/**
 * Page `requested` of the library: the `page` query parameter as sent (absent means page 1).
 * Anything but a whole number from 1 to the page count is refused with a message naming what was
 * asked for and what exists.
 */
export function libraryPage<M extends ModuleWithScenarios>(modules: readonly M[], requested: string | string[] | undefined): LibraryPage<M> | LibraryPageRefusal {
  const pageCount = libraryPageCount(modules);
  const raw = Array.isArray(requested) ? requested[0] : requested;
  const page = raw === undefined ? 1 : /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(page)) return { refusal: `“${raw}” is not a page number.`, pageCount };
  if (page < 1 || page > pageCount) return { refusal: `There is no page ${page}: the library has ${pageCount === 1 ? '1 page' : `${pageCount} pages`}.`, pageCount };

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
