import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { checkScenarioFiles } from '@/lib/scenario/scenario-files';

/**
 * The social-media module must teach every guidance point in its brief. coverage.yaml says where;
 * these tests hold that map to the compiled scenarios, so a renamed scene, a reordered choice or a
 * dropped point fails here rather than silently leaving a gap in the CPD.
 */

const MODULE_DIR = join(process.cwd(), 'scenarios', 'social-media');

const GUIDANCE_POINTS = Array.from({ length: 20 }, (_, index) => `G${String(index + 1).padStart(2, '0')}`);

const coverageSchema = z.record(
  z.string(),
  z.array(z.strictObject({ scenario: z.string(), refs: z.array(z.string()).min(1) })).min(1),
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

/** Problems with a coverage map, in plain words; empty when every point is taught somewhere real. */
function coverageProblems(coverage: Coverage, points: readonly string[], scenarios: readonly ScenarioDefinition[]): string[] {
  const byId = new Map(scenarios.map((definition) => [definition.id, referenceableIds(definition)]));
  const problems: string[] = [];
  for (const point of points) {
    if (!coverage[point]) problems.push(`${point} is not covered`);
  }
  for (const [point, entries] of Object.entries(coverage)) {
    if (!points.includes(point)) problems.push(`${point} is not a guidance point of this module`);
    for (const { scenario, refs } of entries) {
      const ids = byId.get(scenario);
      if (!ids) {
        problems.push(`${point}: no scenario "${scenario}" in the module`);
        continue;
      }
      for (const ref of refs) {
        if (!ids.has(ref)) problems.push(`${point}: ${scenario} has no scene, ending or choice "${ref}"`);
      }
    }
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

  it('teaches every guidance point G01–G20 at scenes, endings or choices that exist', () => {
    expect(coverageProblems(coverage, GUIDANCE_POINTS, inModule)).toEqual([]);
  });

  it('reports a missing point, an unknown scenario and a dangling reference', () => {
    const valid = { scenario: 'friend-request', refs: ['the-request', 'the-request.1', 'clear-kind-boundaries'] };
    const broken: Coverage = Object.fromEntries(GUIDANCE_POINTS.filter((point) => point !== 'G07').map((point) => [point, [valid]]));
    broken.G01 = [
      { scenario: 'no-such-scenario', refs: ['anything'] },
      { scenario: 'friend-request', refs: ['the-request.9', 'no-such-scene'] },
    ];
    expect(coverageProblems(broken, GUIDANCE_POINTS, inModule)).toEqual([
      'G07 is not covered',
      'G01: no scenario "no-such-scenario" in the module',
      'G01: friend-request has no scene, ending or choice "the-request.9"',
      'G01: friend-request has no scene, ending or choice "no-such-scene"',
    ]);
  });
});
