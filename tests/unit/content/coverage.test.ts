import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { BlockNode, ScenarioDefinition } from '@/lib/scenario/definition';
import { checkScenarioFiles } from '@/lib/scenario/scenario-files';
import { sameSection } from '@/lib/scenario/quotation';

/**
 * The social-media module must teach every teachable point of its seed guidance. coverage.yaml
 * says where each point comes from and where it is taught; these tests hold that map to the source
 * register and the compiled scenarios, so a renamed scene, a reordered choice, a dropped point or a
 * point taught only in passing (a scene, an ending) fails here rather than leaving a gap in the CPD.
 */

const MODULE_DIR = join(process.cwd(), 'scenarios', 'social-media');

/** The teachable points, fixed here so deleting one from coverage.yaml fails a test. */
const SEED_POINTS = Array.from({ length: 28 }, (_, index) => `G${String(index + 1).padStart(2, '0')}`);

/** Seed sections that hold no teachable point of their own (an introduction, a list of links). */
const SECTIONS_WITHOUT_POINTS = new Set(['ddu: Introduction']);

const coverageSchema = z.record(
  z.string(),
  z.strictObject({
    point: z.string().min(1),
    from: z.array(z.string().regex(/^[a-z0-9-]+: .+$/, 'write "<source id>: <section>"')).min(1),
    taught: z.array(z.strictObject({ scenario: z.string(), refs: z.array(z.string()).min(1) })).min(1),
  }),
);
type Coverage = z.infer<typeof coverageSchema>;

/** Every id a coverage reference may name in a scenario: scenes, endings and choices. */
function referenceableIds(definition: ScenarioDefinition): Set<string> {
  const ids = new Set<string>();
  for (const scene of definition.scenes) {
    ids.add(scene.id);
    if (scene.decision.kind === 'choices') for (const choice of scene.decision.choices) ids.add(choice.id);
  }
  for (const ending of definition.endings) ids.add(ending.id);
  return ids;
}

function cites(blocks: readonly BlockNode[]): boolean {
  return blocks.some((block) => {
    if (block.type === 'list') return block.items.some(cites);
    if (block.type !== 'component') return false;
    return block.name === 'Guidance' || block.name === 'Summary' || cites(block.children);
  });
}

/** Choice ids that are real decisions (the scene offers two or more) with feedback that cites guidance. */
function teachingDecisions(definition: ScenarioDefinition): Set<string> {
  const ids = new Set<string>();
  for (const scene of definition.scenes) {
    if (scene.decision.kind !== 'choices' || scene.decision.choices.length < 2) continue;
    for (const choice of scene.decision.choices) if (cites(choice.feedback ?? [])) ids.add(choice.id);
  }
  return ids;
}

/** Problems with a coverage map, in plain words; empty when every point is taught somewhere real. */
function coverageProblems(coverage: Coverage, points: readonly string[], scenarios: readonly ScenarioDefinition[]): string[] {
  const byId = new Map(scenarios.map((definition) => [definition.id, { ids: referenceableIds(definition), decisions: teachingDecisions(definition) }]));
  const problems: string[] = [];
  for (const point of points) {
    if (!coverage[point]) problems.push(`${point} is not covered`);
  }
  for (const [point, { taught }] of Object.entries(coverage)) {
    if (!points.includes(point)) problems.push(`${point} is not a guidance point of this module`);
    let decisions = 0;
    for (const { scenario, refs } of taught) {
      const found = byId.get(scenario);
      if (!found) {
        problems.push(`${point}: no scenario "${scenario}" in the module`);
        continue;
      }
      for (const ref of refs) {
        if (!found.ids.has(ref)) problems.push(`${point}: ${scenario} has no scene, ending or choice "${ref}"`);
        if (found.decisions.has(ref)) decisions += 1;
      }
    }
    if (decisions === 0) problems.push(`${point} is not taught by any real decision with cited feedback`);
  }
  return problems;
}

function loadModule() {
  const checked = checkScenarioFiles([MODULE_DIR]);
  const cpdModule = checked.modules[0]?.definition;
  const coverage = coverageSchema.parse(parse(readFileSync(join(MODULE_DIR, 'coverage.yaml'), 'utf8')));
  return { checked, cpdModule, coverage };
}

describe('social-media coverage map', () => {
  const { checked, cpdModule, coverage } = loadModule();
  const inModule = checked.scenarios
    .map(({ definition }) => definition)
    .filter((definition) => cpdModule?.scenarios.includes(definition.id));

  it('compiles the module and every scenario it lists', () => {
    expect(cpdModule?.id).toBe('social-media');
    expect(inModule.map((definition) => definition.id).sort()).toEqual([...(cpdModule?.scenarios ?? [])].sort());
  });

  it(`teaches every seed point ${SEED_POINTS[0]}–${SEED_POINTS.at(-1)} through real decisions with cited feedback, at references that exist`, () => {
    expect(coverageProblems(coverage, SEED_POINTS, inModule)).toEqual([]);
  });

  it('traces every point to a registered source section, and gives every seed section a point', () => {
    const problems: string[] = [];
    const named = new Set<string>();
    for (const [point, { from }] of Object.entries(coverage)) {
      for (const place of from) {
        const [sourceId, section] = [place.slice(0, place.indexOf(': ')), place.slice(place.indexOf(': ') + 2)];
        const source = checked.register.get(sourceId);
        const passage = source?.passages.find((candidate) => candidate.section !== undefined && sameSection(candidate.section, section));
        if (!passage) problems.push(`${point}: "${place}" is not a registered source section`);
        else named.add(`${sourceId}: ${passage.section}`);
      }
    }
    for (const seed of ['ddu', 'mdu']) {
      for (const passage of checked.register.get(seed)?.passages ?? []) {
        const key = `${seed}: ${passage.section}`;
        if (!named.has(key) && !SECTIONS_WITHOUT_POINTS.has(key)) problems.push(`seed section "${key}" has no point`);
      }
    }
    expect(problems).toEqual([]);
  });

  describe.each(SEED_POINTS.map((point) => [point, coverage[point]] as const))('%s', (point, entry) => {
    const decisions = (entry?.taught ?? []).flatMap(({ scenario, refs }) => {
      const definition = inModule.find((candidate) => candidate.id === scenario);
      const real = definition ? teachingDecisions(definition) : new Set<string>();
      return refs.filter((ref) => real.has(ref)).map((ref) => `${scenario} ${ref}`);
    });
    it(`"${entry?.point ?? 'missing'}" is taught by: ${decisions.join(', ') || 'nothing'}`, () => {
      expect(decisions.length, `${point} needs at least one real decision with cited feedback`).toBeGreaterThan(0);
    });
  });

  it('reports a missing point, an unknown scenario, a dangling reference and a point with no real decision', () => {
    const valid = { point: 'p', from: ['mdu: Maintain boundaries'], taught: [{ scenario: 'friend-request', refs: ['the-request.1'] }] };
    const broken: Coverage = Object.fromEntries(SEED_POINTS.filter((point) => point !== 'G07').map((point) => [point, valid]));
    broken.G01 = {
      ...valid,
      taught: [
        { scenario: 'no-such-scenario', refs: ['anything'] },
        { scenario: 'friend-request', refs: ['the-request.9', 'no-such-scene'] },
      ],
    };
    broken.G02 = { ...valid, taught: [{ scenario: 'friend-request', refs: ['the-request', 'clear-kind-boundaries'] }] };
    expect(coverageProblems(broken, SEED_POINTS, inModule)).toEqual([
      'G07 is not covered',
      'G01: no scenario "no-such-scenario" in the module',
      'G01: friend-request has no scene, ending or choice "the-request.9"',
      'G01: friend-request has no scene, ending or choice "no-such-scene"',
      'G01 is not taught by any real decision with cited feedback',
      'G02 is not taught by any real decision with cited feedback',
    ]);
  });
});
