import { toCsv, type CsvValue } from '@/lib/dashboard/csv';
import type { Share } from './build-scenario-insight';
import type { ScenarioInsight } from './build-scenario-insight';
import { HIDDEN_LABEL } from './format-insight';
import type { Guarded } from './privacy';

const HEADER = ['section', 'scene_id', 'scene', 'item_id', 'item', 'shown_position', 'count', 'share_percent', 'median_seconds'] as const;

const countOf = (cell: Guarded<number>): CsvValue => (cell.hidden ? HIDDEN_LABEL : cell.value);
const shareCells = (cell: Guarded<Share>): CsvValue[] =>
  cell.hidden ? [HIDDEN_LABEL, HIDDEN_LABEL] : [cell.value.count, Math.round(cell.value.share * 1000) / 10];

/**
 * The insight tables as one RFC 4180 CSV in long form (one figure per row), with the same hidden
 * cells as the page: hidden figures read "hidden", never a number.
 */
export function insightCsv(insight: ScenarioInsight): string {
  const rows: CsvValue[][] = [[...HEADER]];
  rows.push(['totals', '', '', 'learners', 'Learners', '', countOf(insight.totals.learners), '', '']);
  rows.push(['totals', '', '', 'attempts', 'Attempts', '', countOf(insight.totals.attempts), '', '']);
  rows.push(['totals', '', '', 'completed', 'Completed attempts', '', countOf(insight.totals.completed), '', '']);
  for (const scene of insight.scenes) {
    const median = scene.medianSecondsToDecide.hidden ? HIDDEN_LABEL : scene.medianSecondsToDecide.value;
    rows.push(['scene', scene.sceneId, scene.title, '', 'Learners who decided here', '', countOf(scene.reached), '', median]);
    rows.push(['stopped', scene.sceneId, scene.title, '', 'Unfinished attempts waiting here', '', countOf(scene.stopped), '', '']);
    for (const entry of scene.byPosition) {
      rows.push(['position', scene.sceneId, scene.title, '', 'Any option', entry.position, ...shareCells(entry.chosen), '']);
    }
    for (const option of scene.options) {
      rows.push(['choice', scene.sceneId, scene.title, option.choiceId, option.label, '', ...shareCells(option.chosen), '']);
      for (const entry of option.byPosition) {
        rows.push(['choice-by-position', scene.sceneId, scene.title, option.choiceId, option.label, entry.position, ...shareCells(entry.chosen), '']);
      }
    }
  }
  for (const ending of insight.endings) rows.push(['ending', '', '', ending.endingId, `${ending.title} (${ending.rating})`, '', ...shareCells(ending.reached), '']);
  for (const scene of insight.compose) {
    rows.push([
      'compose-first-try',
      scene.sceneId,
      scene.title,
      '',
      'First replies passing every check',
      '',
      scene.firstTry.hidden ? HIDDEN_LABEL : scene.firstTry.value.tries,
      scene.firstTry.hidden ? HIDDEN_LABEL : Math.round(scene.firstTry.value.passRate * 1000) / 10,
      '',
    ]);
    for (const check of scene.checks) {
      rows.push([
        'compose-check',
        scene.sceneId,
        scene.title,
        check.check,
        check.title,
        '',
        check.results.hidden ? HIDDEN_LABEL : check.results.value.results,
        check.results.hidden ? HIDDEN_LABEL : Math.round(check.results.value.passRate * 1000) / 10,
        '',
      ]);
    }
    for (const word of scene.failedWords) rows.push(['compose-failed-word', scene.sceneId, scene.title, word.check, word.word, '', word.times, '', '']);
  }
  return toCsv(rows);
}
