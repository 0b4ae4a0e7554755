import { describe, expect, it } from 'vitest';
import { FRONT_DOOR_CARDS, FRONT_DOOR_MODULES, frontDoorSelection } from './front-door';
import { LIBRARY_PAGE_SIZE, libraryPage, libraryPageNumber, libraryPagesStatement } from './library-pages';

/** `count` modules of `size` scenarios each, ids m<i> and m<i>-s<j>. */
function modules(count: number, size: number) {
  return Array.from({ length: count }, (_, i) => ({ id: `m${i}`, scenarios: Array.from({ length: size }, (_, j) => ({ id: `m${i}-s${j}` })) }));
}

describe('the home page selection', () => {
  it('shows the same number of cards with one module as with many, and counts everything', () => {
    for (const [count, size] of [[1, 13], [7, 13], [40, 30]] as const) {
      const selection = frontDoorSelection(modules(count, size), null);
      expect(selection.modules.length).toBe(Math.min(count, FRONT_DOOR_MODULES));
      expect(selection.modules.flatMap(({ shown }) => shown)).toHaveLength(FRONT_DOOR_CARDS);
      expect(selection.scenarioCount).toBe(count * size);
      expect(selection.moduleCount).toBe(count);
    }
  });

  it('deals the cards to the modules in turn, a short module giving its turns to the others', () => {
    const library = [...modules(1, 1), ...modules(2, 13).map((module) => ({ ...module, id: `long-${module.id}` }))];
    expect(frontDoorSelection(library, null).modules.map(({ shown }) => shown.length)).toEqual([1, 4, 4]);
    expect(frontDoorSelection(modules(1, 4), null).modules[0]!.shown).toHaveLength(4);
  });

  it('always shows the trial scenario, first in its module', () => {
    const selection = frontDoorSelection(modules(2, 13), 'm1-s9');
    expect(selection.modules[1]!.shown.map((scenario) => scenario.id).slice(0, 3)).toEqual(['m1-s9', 'm1-s0', 'm1-s1']);
  });
});

describe('the library pages', () => {
  it('lists every scenario once, in order, at most LIBRARY_PAGE_SIZE a page, marking a module carried over', () => {
    const library = modules(7, 13);
    const first = libraryPage(library, undefined);
    if (!first) throw new Error('no first page');
    expect(first.pageCount).toBe(Math.ceil(91 / LIBRARY_PAGE_SIZE));
    const seen: string[] = [];
    for (let page = 1; page <= first.pageCount; page += 1) {
      const shown = libraryPage(library, String(page));
      if (!shown) throw new Error(`no page ${page}`);
      const ids = shown.sections.flatMap((section) => section.scenarios.map((scenario) => scenario.id));
      expect(ids.length).toBeLessThanOrEqual(LIBRARY_PAGE_SIZE);
      seen.push(...ids);
    }
    expect(seen).toEqual(library.flatMap((module) => module.scenarios.map((scenario) => scenario.id)));
    const second = libraryPage(library, '2');
    if (!second) throw new Error('no page 2');
    expect(second.sections[0]).toMatchObject({ module: { id: 'm1' }, continued: true });
  });

  it('finds the page a parameter names, and none for anything but a whole number in range', () => {
    expect(libraryPageNumber(undefined, 5)).toBe(1);
    expect(libraryPageNumber('1', 5)).toBe(1);
    expect(libraryPageNumber('5', 5)).toBe(5);
    expect(libraryPageNumber(['2', '9'], 5)).toBe(2);
    for (const page of ['6', '99', '0', '00', 'abc', '1.5', '-1', '+2', ' 2', '2e0', '', '1234567']) expect(libraryPageNumber(page, 5), page).toBeUndefined();
    expect(libraryPageNumber(['x', '1'], 5)).toBeUndefined();
    expect(libraryPage(modules(1, 13), '2')).toBeUndefined();
  });

  it('says how many pages there are and which numbers name one', () => {
    expect(libraryPagesStatement(5)).toBe('The library has 5 pages: a page is a whole number from 1 to 5.');
    expect(libraryPagesStatement(1)).toBe('The library has only 1 page.');
  });

  it('shows an empty library as one empty page', () => {
    expect(libraryPage([], undefined)).toEqual({ page: 1, pageCount: 1, sections: [] });
  });
});
