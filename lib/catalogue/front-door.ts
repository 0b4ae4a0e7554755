/**
 * What the home page shows of the library: a bounded selection, so the front door's size does not
 * grow with the library (issue 19: `/` with 90 scenarios was measured slower than with 13 only
 * because every scenario was a card on it). The whole library is on /library, page by page.
 */

/** Modules the home page introduces; the others are counted and left to /library. */
export const FRONT_DOOR_MODULES = 3;
/**
 * Scenario cards on the home page, shared by the modules it introduces: one module alone shows up
 * to all of them, three show three each. So the page is about the same size with one module or
 * many, not only bounded.
 */
export const FRONT_DOOR_CARDS = 9;

/** A module as the front door needs it: any catalogue module with its scenarios in order. */
export interface ModuleWithScenarios {
  id: string;
  scenarios: ReadonlyArray<{ id: string }>;
}

/** One of a module's scenarios, as the module types it. */
export type ScenarioOf<M extends ModuleWithScenarios> = M['scenarios'][number];

export interface FrontDoorSelection<M extends ModuleWithScenarios> {
  /** The first FRONT_DOOR_MODULES modules, each with the scenarios to show as cards. */
  modules: Array<{ module: M; shown: Array<ScenarioOf<M>> }>;
  /** Every published scenario, shown or not (the link to /library names it). */
  scenarioCount: number;
  /** Every published module, introduced on the home page or not. */
  moduleCount: number;
}

/**
 * The modules and scenario cards the home page shows, in catalogue order: the first
 * FRONT_DOOR_MODULES modules, and FRONT_DOOR_CARDS cards dealt to them in turn (a module with no
 * scenario left gives its turn to the next). The public trial scenario (`trialScenarioId`), when in
 * a shown module, is always one of its cards, first, so a visitor always sees the one scenario they
 * can play without signing in.
 */
export function frontDoorSelection<M extends ModuleWithScenarios>(modules: readonly M[], trialScenarioId: string | null): FrontDoorSelection<M> {
  const shown = modules.slice(0, FRONT_DOOR_MODULES).map((module) => {
    const trial = module.scenarios.filter((scenario) => scenario.id === trialScenarioId);
    const others = module.scenarios.filter((scenario) => scenario.id !== trialScenarioId);
    return { module, queue: [...trial, ...others], shown: [] as Array<ScenarioOf<M>> };
  });
  for (let dealt = 0; dealt < FRONT_DOOR_CARDS; ) {
    const before = dealt;
    for (const entry of shown) {
      const next = entry.queue[entry.shown.length];
      if (dealt < FRONT_DOOR_CARDS && next) {
        entry.shown.push(next);
        dealt += 1;
      }
    }
    if (dealt === before) break;
  }
  return {
    modules: shown.map(({ module, shown: cards }) => ({ module, shown: cards })),
    scenarioCount: modules.reduce((total, module) => total + module.scenarios.length, 0),
    moduleCount: modules.length,
  };
}
