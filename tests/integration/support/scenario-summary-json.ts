import { scenarioSummaryOf } from '@/lib/catalogue/scenario-summary';

/**
 * The catalogue summary a publish stores beside a scenario version (ScenarioVersion.summaryJson),
 * for fixtures that store a version without a real definition: catalogue pages read only this, so
 * a fixture without it showed "About undefined minutes" until countOf refused the missing count.
 */
export function scenarioSummaryJson(title: string): string {
  return JSON.stringify(scenarioSummaryOf({ title, summary: `What happens in ${title}.`, platform: 'facebook', minutes: 10, outcomes: ['A'] }));
}
