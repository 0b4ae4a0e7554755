import type { ScenarioDefinition } from '@/lib/scenario/definition';
import type { Share } from './build-scenario-insight';
import { GUIDANCE_THEMES, isRiskyChoice, themesOfChoices, type GuidanceTheme } from './guidance-themes';
import { guard, MIN_LEARNERS, type Guarded } from './privacy';

/** One learner's decisions of one option (from the rollup): who is only used to count distinct learners. */
export interface TeamChoiceRow {
  versionId: string;
  sceneId: string;
  choiceId: string;
  userId: string;
  decisions: number;
}

export interface TeamDecisionInsight {
  scenarioTitle: string;
  sceneTitle: string;
  /** Risky choices as a share of the decisions made here. */
  risky: Guarded<Share>;
}

export interface TeamThemeInsight {
  theme: GuidanceTheme;
  title: string;
  /** Distinct learners of the practice who made a decision teaching this theme. */
  learners: Guarded<number>;
  decisions: Guarded<number>;
  /** Decisions where a risky option was chosen, as a share of `decisions`. */
  risky: Guarded<Share>;
  /** The decisions teaching this theme with enough learners to show, riskiest first. */
  where: TeamDecisionInsight[];
  /** How many of this theme's decisions are left out because too few learners made them or chose risky options. */
  hiddenDecisions: number;
}

/** Team insight for a practice: counts by guidance theme, every figure guarded. */
export interface TeamInsight {
  practice: { id: string; name: string };
  minLearners: number;
  themes: TeamThemeInsight[];
}

type Tally = { learners: Set<string>; decisions: number; risky: number; riskyLearners: Set<string> };
const emptyTally = (): Tally => ({ learners: new Set(), decisions: 0, risky: 0, riskyLearners: new Set() });
const add = (tally: Tally, row: TeamChoiceRow, risky: boolean) => {
  tally.learners.add(row.userId);
  tally.decisions += row.decisions;
  if (risky) {
    tally.risky += row.decisions;
    tally.riskyLearners.add(row.userId);
  }
};
// A risky count is shown only when at least MIN_LEARNERS learners chose risky options, so a share
// can never point at one or two people in a small team (nor can its complement: the safe count is not shown).
const riskyCell = (tally: Tally): Guarded<Share> =>
  tally.learners.size >= MIN_LEARNERS ? guard(tally.riskyLearners.size, { count: tally.risky, share: tally.decisions > 0 ? tally.risky / tally.decisions : 0 }) : { hidden: true };

/**
 * Where a practice's members chose risky options, by the guidance theme each decision teaches
 * (lib/insight/guidance-themes.ts). The same decision in different versions of a scenario counts as one.
 * Pure: rows are per learner and option, the result holds counts only, each shown only with at least
 * MIN_LEARNERS learners behind it.
 */
export function buildTeamInsight(input: {
  practice: TeamInsight['practice'];
  definitions: ReadonlyMap<string, ScenarioDefinition>;
  rows: readonly TeamChoiceRow[];
}): TeamInsight {
  const themes = new Map<GuidanceTheme, Tally>();
  const decisions = new Map<string, { theme: GuidanceTheme; scenarioTitle: string; sceneTitle: string; tally: Tally }>();
  for (const row of input.rows) {
    const definition = input.definitions.get(row.versionId);
    const scene = definition?.scenes.find((candidate) => candidate.id === row.sceneId);
    if (!definition || scene?.decision.kind !== 'choices') continue;
    const choice = scene.decision.choices.find((candidate) => candidate.id === row.choiceId);
    if (!choice) continue;
    const risky = isRiskyChoice(choice);
    for (const theme of themesOfChoices(scene.decision.choices)) {
      if (!themes.has(theme)) themes.set(theme, emptyTally());
      add(themes.get(theme)!, row, risky);
      const key = `${theme}\u0000${definition.id}\u0000${scene.id}`;
      if (!decisions.has(key)) decisions.set(key, { theme, scenarioTitle: definition.title, sceneTitle: scene.title ?? scene.id, tally: emptyTally() });
      add(decisions.get(key)!.tally, row, risky);
    }
  }

  return {
    practice: input.practice,
    minLearners: MIN_LEARNERS,
    themes: GUIDANCE_THEMES.flatMap(({ id, title }) => {
      const tally = themes.get(id);
      if (!tally) return [];
      const mine = [...decisions.values()].filter((decision) => decision.theme === id);
      const where = mine
        .map((decision) => ({ scenarioTitle: decision.scenarioTitle, sceneTitle: decision.sceneTitle, risky: riskyCell(decision.tally) }))
        .filter((decision) => !decision.risky.hidden)
        .sort((a, b) => (b.risky.hidden ? 0 : b.risky.value.share) - (a.risky.hidden ? 0 : a.risky.value.share) || a.scenarioTitle.localeCompare(b.scenarioTitle));
      return [
        {
          theme: id,
          title,
          learners: guard(tally.learners.size, tally.learners.size),
          decisions: guard(tally.learners.size, tally.decisions),
          risky: riskyCell(tally),
          where,
          hiddenDecisions: mine.length - where.length,
        },
      ];
    }),
  };
}
