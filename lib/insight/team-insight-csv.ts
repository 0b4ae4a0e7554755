import { toCsv, type CsvValue } from '@/lib/dashboard/csv';
import type { Share } from './build-scenario-insight';
import type { TeamInsight } from './build-team-insight';
import { HIDDEN_LABEL } from './format-insight';
import type { Guarded } from './privacy';

const shareCells = (cell: Guarded<Share>): CsvValue[] => (cell.hidden ? [HIDDEN_LABEL, HIDDEN_LABEL] : [cell.value.count, Math.round(cell.value.share * 1000) / 10]);
const countOf = (cell: Guarded<number>): CsvValue => (cell.hidden ? HIDDEN_LABEL : cell.value);

/** Team insight as RFC 4180 CSV, one row per theme and per shown decision, hidden figures reading "hidden". */
export function teamInsightCsv(insight: TeamInsight): string {
  const rows: CsvValue[][] = [['theme', 'scenario', 'decision', 'people', 'decisions', 'risky_choices', 'risky_percent']];
  for (const theme of insight.themes) {
    rows.push([theme.title, '', '', countOf(theme.learners), countOf(theme.decisions), ...shareCells(theme.risky)]);
    for (const decision of theme.where) rows.push([theme.title, decision.scenarioTitle, decision.sceneTitle, '', '', ...shareCells(decision.risky)]);
  }
  return toCsv(rows);
}
