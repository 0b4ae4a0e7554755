import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRecommendedFor, learnerAudiences, TEAM_ROLES } from '@/lib/catalogue/learner-audience';
import { REGISTRANT_TYPES } from '@/lib/cpd/registrant-types';
import { AUDIENCES, type BlockNode, type ScenarioDefinition } from '@/lib/scenario/definition';
import { checkScenarioFiles } from '@/lib/scenario/scenario-files';

/**
 * Content rules for the social-media CPD module that the compiler does not enforce on its own:
 * the credited hours match the learning time, and every decision and ending teaches with a citation.
 */

const MODULE_DIR = join(process.cwd(), 'scenarios', 'social-media');

/** Verifiable hours are the total minutes in hours, rounded down to a quarter hour. */
function creditableHours(minutes: number): number {
  return Math.floor((minutes / 60) * 4) / 4;
}

function citedSources(blocks: readonly BlockNode[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type !== 'component') return block.type === 'blockquote' ? citedSources(block.children) : [];
    const own = (block.name === 'Guidance' || block.name === 'Summary') && typeof block.props.source === 'string' ? [block.props.source] : [];
    return [...own, ...citedSources(block.children)];
  });
}

const checked = checkScenarioFiles([MODULE_DIR]);
const cpdModule = checked.modules[0]?.definition;
const scenarios: ScenarioDefinition[] = checked.scenarios.map(({ definition }) => definition);

describe('social-media module', () => {
  it('compiles with no errors or warnings', () => {
    expect(checked.diagnostics).toEqual([]);
  });

  it('lists every scenario in its folder, and only those', () => {
    expect([...(cpdModule?.scenarios ?? [])].sort()).toEqual(scenarios.map((definition) => definition.id).sort());
  });

  it('credits hours consistent with the scenarios’ learning time', () => {
    const minutes = scenarios.reduce((total, definition) => total + definition.minutes, 0);
    expect(cpdModule?.hours).toBe(creditableHours(minutes));
  });

  it('records who reviewed each scenario’s guidance and when, and its QA statement prints the latest review', () => {
    const unreviewed = scenarios.filter((definition) => !definition.review).map((definition) => definition.id);
    expect(unreviewed).toEqual([]);
    const latest = scenarios.map((definition) => definition.review!).sort((a, b) => b.date.localeCompare(a.date))[0]!;
    const [year, month, day] = latest.date.split('-').map(Number);
    const longDate = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const statement = (cpdModule?.qualityAssurance.statement ?? '').replace(/\s+/g, ' ');
    expect(statement).toContain(`by the ${latest.by} on ${longDate}`);
  });

  it('names each scenario’s audience, lead role first, and every role in the app leads at least one', () => {
    expect(scenarios.filter((definition) => !definition.audience?.length).map((definition) => definition.id)).toEqual([]);
    const leads = new Set(scenarios.map((definition) => definition.audience?.[0]));
    expect(AUDIENCES.filter((audience) => !leads.has(audience))).toEqual([]);
  });

  it('recommends at least two scenarios to every GDC registrant type and team role', () => {
    const learners = [
      ...REGISTRANT_TYPES.map((registrantType) => learnerAudiences({ registrantType, teamRole: null })),
      ...TEAM_ROLES.map((teamRole) => learnerAudiences({ registrantType: null, teamRole })),
    ];
    for (const audiences of learners) {
      expect(scenarios.filter((definition) => isRecommendedFor(definition.audience, audiences)).length, audiences.join(' ')).toBeGreaterThanOrEqual(2);
    }
  });

  it('has at least eight scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(scenarios.map((definition) => [definition.id, definition] as const))('%s', (_id, definition) => {
    const declared = new Set(definition.sources.map((source) => source.id));

    it('has at least three endings, one best and one poor or serious', () => {
      const ratings = definition.endings.map((ending) => ending.rating);
      expect(ratings.length).toBeGreaterThanOrEqual(3);
      expect(ratings).toContain('best');
      expect(ratings.some((rating) => rating === 'poor' || rating === 'serious')).toBe(true);
    });

    it('gives feedback citing a declared source on every choice', () => {
      const uncited = definition.scenes
        .flatMap((scene) => (scene.decision.kind === 'choices' ? scene.decision.choices : []))
        .filter((choice) => {
          const sources = citedSources(choice.feedback ?? []);
          return sources.length === 0 || sources.some((source) => !declared.has(source));
        })
        .map((choice) => choice.id);
      expect(uncited).toEqual([]);
    });

    it('debriefs every ending with cited guidance and asks a reflective question', () => {
      const uncited = definition.endings.filter((ending) => citedSources(ending.content).length === 0).map((ending) => ending.id);
      expect(uncited).toEqual([]);
      expect(definition.reflection?.trim()).toBeTruthy();
    });
  });
});
