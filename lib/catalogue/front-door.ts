/**
 * What the home page shows of the library: a bounded selection, so the front door's size does not
 * grow with the library (issue 19: `/` with 90 scenarios was measured slower than with 13 only
 * because every scenario was a card on it). The whole library is on /library, page by page.
 */

/** Modules the home page introduces; the others are counted and left to /library. */
export const FRONT_DOOR_MODULES = 3;
/** Scenario cards under each module on the home page. */
export const FRONT_DOOR_SCENARIOS_PER_MODULE = 3;

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
 * The modules and scenario cards the home page shows, in catalogue order: at most
 * FRONT_DOOR_MODULES modules with at most FRONT_DOOR_SCENARIOS_PER_MODULE cards each. The public
 * trial scenario (`trialScenarioId`), when in a shown module, is always one of its cards, first, so
 * a visitor always sees the one scenario they can play without signing in.
 */
export function frontDoorSelection<M extends ModuleWithScenarios>(modules: readonly M[], trialScenarioId: string | null): FrontDoorSelection<M> {
  return {
    modules: modules.slice(0, FRONT_DOOR_MODULES).map((module) => {
      const trial = module.scenarios.filter((scenario) => scenario.id === trialScenarioId);
      const others = module.scenarios.filter((scenario) => scenario.id !== trialScenarioId);
      return { module, shown: [...trial, ...others].slice(0, FRONT_DOOR_SCENARIOS_PER_MODULE) };
    }),
    scenarioCount: modules.reduce((total, module) => total + module.scenarios.length, 0),
    moduleCount: modules.length,
  };
}
