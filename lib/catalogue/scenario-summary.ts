import type { Audience, Outcome, Platform, ScenarioDefinition } from '@/lib/scenario/definition';

/**
 * What the catalogue shows of one published scenario version: the few fields of its definition
 * that list pages need. Stored beside the version (ScenarioVersion.summaryJson) at publish, so
 * listing the library costs the same whatever the size of each definition (issue 19).
 */
export interface ScenarioSummary {
  title: string;
  summary: string;
  platform: Platform;
  /** The author's estimate of the time to play, in minutes. */
  minutes: number;
  outcomes: Outcome[];
  /** Who the scenario is written for; absent: everyone. */
  audience?: Audience[];
}

/** The summary of a compiled definition (the same fields, nothing derived). */
export function scenarioSummaryOf(definition: Pick<ScenarioDefinition, 'title' | 'summary' | 'platform' | 'minutes' | 'outcomes' | 'audience'>): ScenarioSummary {
  return {
    title: definition.title,
    summary: definition.summary,
    platform: definition.platform,
    minutes: definition.minutes,
    outcomes: definition.outcomes,
    ...(definition.audience ? { audience: definition.audience } : {}),
  };
}

/**
 * The stored summary of a version: `summaryJson` when publishing wrote it, otherwise (versions
 * published before the column existed, or by a publisher that leaves it out) read from the whole
 * definition. Both are the app's own JSON, written at publish and never edited.
 */
export function readScenarioSummary(version: { summaryJson: string | null; definitionJson?: string }): ScenarioSummary {
  if (version.summaryJson !== null) return JSON.parse(version.summaryJson) as ScenarioSummary;
  if (version.definitionJson === undefined) throw new Error('A scenario version has no stored summary and its definition was not read.');
  return scenarioSummaryOf(JSON.parse(version.definitionJson) as ScenarioDefinition);
}
