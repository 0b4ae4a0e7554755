import { CHECK_TITLES } from '@/lib/scenario/compose-checks';
import { LEXICON } from '@/lib/scenario/compose-lexicon';
import type { ComposeCheckName, Rating, ScenarioDefinition } from '@/lib/scenario/definition';
import type { InsightFilters } from './insight-filters';
import { medianOfHistogram } from './median';
import { guard, MIN_LEARNERS, type Guarded } from './privacy';
import type { RawInsight } from './raw-insight';

/** A count with its share of the row's total (0–1). */
export interface Share {
  count: number;
  share: number;
}

export interface OptionInsight {
  choiceId: string;
  label: string;
  /** Decisions choosing this option, as a share of the scene's choice decisions. */
  chosen: Guarded<Share>;
  /** The same decisions split by the position the option was shown in (1 = first). */
  byPosition: Array<{ position: number; chosen: Guarded<Share> }>;
}

export interface SceneInsight {
  sceneId: string;
  title: string;
  decision: 'choices' | 'compose' | 'none';
  /** Distinct learners who made a decision in the scene. */
  reached: Guarded<number>;
  decisions: Guarded<number>;
  /** Median seconds from the scene opening to the decision. */
  medianSecondsToDecide: Guarded<number | null>;
  /** Unfinished attempts waiting in this scene. */
  stopped: Guarded<number>;
  options: OptionInsight[];
  /** Choices by shown position regardless of option: does the first-shown option attract more? */
  byPosition: Array<{ position: number; chosen: Guarded<Share> }>;
}

export interface ComposeInsight {
  sceneId: string;
  title: string;
  /** Each attempt's first written reply here: how many, and the share passing every check. */
  firstTry: Guarded<{ tries: number; passRate: number }>;
  checks: Array<{ check: string; title: string; results: Guarded<{ results: number; passRate: number }> }>;
  /** Check-list words most often behind a failed check (only words from the lists, never free text). */
  failedWords: Array<{ check: string; word: string; times: number }>;
}

/** Everything the insight page, its CSV and the studio overlay show; every figure already guarded. */
export interface ScenarioInsight {
  scenario: { id: string; title: string; moduleId: string };
  versions: Array<{ id: string; version: number; publishedAt: Date }>;
  versionId: string;
  filters: InsightFilters;
  minLearners: number;
  totals: { attempts: Guarded<number>; learners: Guarded<number>; completed: Guarded<number> };
  scenes: SceneInsight[];
  endings: Array<{ endingId: string; title: string; rating: Rating; reached: Guarded<Share> }>;
  compose: ComposeInsight[];
}

const FAILED_WORDS_PER_SCENE = 10;
// A failed word is shown only when one of the checks' own phrases matches the whole of it, so a
// name or other free text a learner typed can never surface in insight.
const lexiconPhrase = new RegExp(`^(?:${Object.values(LEXICON).flat().join('|')})$`, 'i');
const isListedWord = (word: string) => lexiconPhrase.test(word);

const share = (count: number, total: number): Share => ({ count, share: total > 0 ? count / total : 0 });

/**
 * Applies the privacy rule and the scenario's own structure to raw counts: every scene, option and
 * ending of the version appears (unseen ones as hidden), labelled from the definition. Pure.
 *
 * Rules (docs/data-retention.md): a figure is shown only when at least MIN_LEARNERS distinct learners
 * are behind it; when a row would hide exactly one option while showing the rest and its total, the
 * next smallest is hidden too so the hidden one cannot be worked out by subtraction; failed words
 * are listed only when they are on the built-in lists or the scene's forbidden words.
 */
export function buildScenarioInsight(input: {
  scenario: ScenarioInsight['scenario'];
  versions: ScenarioInsight['versions'];
  versionId: string;
  filters: InsightFilters;
  definition: ScenarioDefinition;
  raw: RawInsight;
}): ScenarioInsight {
  const { definition, raw } = input;

  const scenes: SceneInsight[] = definition.scenes.map((scene) => {
    const totals = raw.scenes.find((row) => row.sceneId === scene.id);
    const learners = totals?.learners ?? 0;
    const cells = raw.choices.filter((row) => row.sceneId === scene.id);
    const choiceDecisions = cells.reduce((sum, row) => sum + row.decisions, 0);
    const stop = raw.stops.find((row) => row.sceneId === scene.id);
    const seconds = raw.decideSeconds.filter((row) => row.sceneId === scene.id).map((row) => ({ value: row.seconds, count: row.decisions }));

    const rawOptions: OptionInsight[] =
      scene.decision.kind === 'choices'
        ? scene.decision.choices.map((choice) => {
            const mine = cells.filter((row) => row.choiceId === choice.id);
            const decisions = mine.reduce((sum, row) => sum + row.decisions, 0);
            // Learners per position are distinct; across positions they may overlap, so the largest is a safe lower bound.
            const learnersLowerBound = Math.max(0, ...mine.map((row) => row.learners));
            const chosen = guard(learnersLowerBound, share(decisions, choiceDecisions));
            const byPosition = mine
              .sort((a, b) => a.position - b.position)
              .map((row) => ({ position: row.position, chosen: guard(row.learners, share(row.decisions, choiceDecisions)) }));
            return { choiceId: choice.id, label: choice.labelText, chosen, byPosition: withComplementHidden(byPosition, !chosen.hidden) };
          })
        : [];
    // An option hidden only to protect another must not show its count through its positions.
    const options = withComplementHidden(rawOptions, learners >= MIN_LEARNERS).map((option) =>
      option.chosen.hidden ? { ...option, byPosition: option.byPosition.map((entry) => ({ ...entry, chosen: { hidden: true as const } })) } : option,
    );

    const positions = [...new Set(cells.map((row) => row.position))].sort((a, b) => a - b);
    return {
      sceneId: scene.id,
      title: scene.title ?? scene.id,
      decision: scene.decision.kind,
      reached: guard(learners, learners),
      decisions: guard(learners, totals?.decisions ?? 0),
      medianSecondsToDecide: guard(learners, medianOfHistogram(seconds)),
      stopped: guard(stop?.learners ?? 0, stop?.attempts ?? 0),
      options,
      byPosition: withComplementHidden(
        positions.map((position) => {
          const atPosition = cells.filter((row) => row.position === position);
          const decisions = atPosition.reduce((sum, row) => sum + row.decisions, 0);
          return { position, chosen: guard(Math.max(0, ...atPosition.map((row) => row.learners)), share(decisions, choiceDecisions)) };
        }),
        learners >= MIN_LEARNERS,
      ),
    };
  });

  const completedAttempts = raw.totals.completedAttempts;
  const endings = withComplementHidden(
    definition.endings.map((ending) => {
      const row = raw.endings.find((entry) => entry.endingId === ending.id);
      return { endingId: ending.id, title: ending.title ?? ending.id, rating: ending.rating, reached: guard(row?.learners ?? 0, share(row?.attempts ?? 0, completedAttempts)) };
    }),
    raw.totals.completedLearners >= MIN_LEARNERS,
  );

  const compose: ComposeInsight[] = definition.scenes.flatMap((scene) => {
    if (scene.decision.kind !== 'compose') return [];
    const forbidden = new Set(scene.decision.compose.forbid.map((word) => word.toLowerCase()));
    const first = raw.firstTries.find((row) => row.sceneId === scene.id);
    return [
      {
        sceneId: scene.id,
        title: scene.title ?? scene.id,
        firstTry: guard(first?.learners ?? 0, { tries: first?.tries ?? 0, passRate: first && first.tries > 0 ? first.passes / first.tries : 0 }),
        checks: scene.decision.compose.checks.map((check) => {
          const row = raw.checks.find((entry) => entry.sceneId === scene.id && entry.check === check);
          return {
            check,
            title: CHECK_TITLES[check as ComposeCheckName] ?? check,
            results: guard(row?.learners ?? 0, { results: row?.results ?? 0, passRate: row && row.results > 0 ? row.passes / row.results : 0 }),
          };
        }),
        failedWords: raw.failedWords
          .filter((row) => row.sceneId === scene.id && row.learners >= MIN_LEARNERS && (isListedWord(row.word) || forbidden.has(row.word)))
          .sort((a, b) => b.times - a.times || a.word.localeCompare(b.word))
          .slice(0, FAILED_WORDS_PER_SCENE)
          .map(({ check, word, times }) => ({ check, word, times })),
      },
    ];
  });

  return {
    scenario: input.scenario,
    versions: input.versions,
    versionId: input.versionId,
    filters: input.filters,
    minLearners: MIN_LEARNERS,
    totals: {
      attempts: guard(raw.totals.learners, raw.totals.attempts),
      learners: guard(raw.totals.learners, raw.totals.learners),
      completed: guard(raw.totals.completedLearners, completedAttempts),
    },
    scenes,
    endings,
    compose,
  };
}

/**
 * Secondary suppression: when the total is shown and exactly one part is hidden, the hidden part
 * is the total minus the others, so the smallest shown part is hidden as well.
 */
function withComplementHidden<T extends { chosen: Guarded<Share> } | { reached: Guarded<Share> }>(rows: T[], totalShown: boolean): T[] {
  const cellOf = (row: T): Guarded<Share> => ('chosen' in row ? row.chosen : row.reached);
  if (!totalShown || rows.filter((row) => cellOf(row).hidden).length !== 1) return rows;
  let smallest = -1;
  rows.forEach((row, index) => {
    const cell = cellOf(row);
    const current = smallest >= 0 ? cellOf(rows[smallest]!) : undefined;
    if (!cell.hidden && (!current || (!current.hidden && cell.value.count < current.value.count))) smallest = index;
  });
  return rows.map((row, index) => (index === smallest ? { ...row, ['chosen' in row ? 'chosen' : 'reached']: { hidden: true } } : row));
}
