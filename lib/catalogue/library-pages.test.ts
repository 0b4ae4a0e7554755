import { describe, expect, it } from 'vitest';
import { FRONT_DOOR_CARDS, FRONT_DOOR_MODULES, frontDoorSelection } from './front-door';
import { LIBRARY_PAGE_SIZE, libraryPage } from './library-pages';

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
    if ('refusal' in first) throw new Error(first.refusal);
    expect(first.pageCount).toBe(Math.ceil(91 / LIBRARY_PAGE_SIZE));
    const seen: string[] = [];
    for (let page = 1; page <= first.pageCount; page += 1) {
      const shown = libraryPage(library, String(page));
      if ('refusal' in shown) throw new Error(shown.refusal);
      const ids = shown.sections.flatMap((section) => section.scenarios.map((scenario) => scenario.id));
      expect(ids.length).toBeLessThanOrEqual(LIBRARY_PAGE_SIZE);
      seen.push(...ids);
    }
    expect(seen).toEqual(library.flatMap((module) => module.scenarios.map((scenario) => scenario.id)));
    const second = libraryPage(library, '2');
    if ('refusal' in second) throw new Error(second.refusal);
    expect(second.sections[0]).toMatchObject({ module: { id: 'm1' }, continued: true });
  });

  it('refuses a page that does not exist or is not a number, saying which', () => {
    expect(libraryPage(modules(1, 13), '2')).toEqual({ refusal: 'There is no page 2: the library has 1 page.', pageCount: 1 });
    expect(libraryPage(modules(1, 13), '0')).toMatchObject({ refusal: 'There is no page 0: the library has 1 page.' });
    expect(libraryPage(modules(1, 13), '1.5')).toMatchObject({ refusal: '“1.5” is not a page number.' });
    expect(libraryPage(modules(1, 13), ['x', '1'])).toMatchObject({ refusal: '“x” is not a page number.' });
  });

  it('shows an empty library as one empty page', () => {
    expect(libraryPage([], undefined)).toEqual({ page: 1, pageCount: 1, sections: [] });
  });
});
