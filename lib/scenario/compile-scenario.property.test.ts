import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario } from './compiler/compile-scenario';
import { exploreScenario } from './runtime/explore';
import { playPath } from './runtime/play-path';
import { scenarioSource } from './testing/scenario-source';

interface SceneSpec {
  kind: 'choices' | 'compose';
  /** Targets as offsets forward (scenes later in the list, or endings past the end). */
  targets: number[];
  guarded: boolean[];
  sets: boolean[];
  route: boolean;
}

const sceneSpec = fc.record({
  kind: fc.constantFrom('choices' as const, 'compose' as const),
  targets: fc.array(fc.nat({ max: 6 }), { minLength: 2, maxLength: 4 }),
  guarded: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  sets: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  route: fc.boolean(),
});

/** A valid scenario: scene i always leads to scene i+1, every target is forward, so every scene is reachable and can finish. */
function buildScenario(scenes: SceneSpec[], endings: number): string {
  const ids = scenes.map((_, i) => `s${i}`);
  const endingIds = Array.from({ length: endings }, (_, i) => `e${i}`);
  const used = new Set<string>();
  const target = (from: number, offset: number) => {
    const index = from + 1 + offset;
    const id = index < ids.length ? ids[index]! : endingIds[(index - ids.length) % endings]!;
    used.add(id);
    return id;
  };
  const body = scenes.map((scene, i) => {
    const lines = [`<Scene id="${ids[i]}">`, `Scene ${i} text.`, ''];
    if (scene.route) lines.push(`<Route when="seen and tally >= 2" to="${target(i, 0)}" />`, '');
    if (scene.kind === 'compose') {
      lines.push(`<Compose pass="${target(i, 0)}" fail="${target(i, scene.targets[1]!)}" checks="neutral-tone short" points={2}>`, 'Reply.', '</Compose>');
    } else {
      scene.targets.forEach((offset, n) => {
        const guard = n > 0 && scene.guarded[n] ? ' when="not seen"' : '';
        const effect = scene.sets[n] ? ' set="seen" add="tally"' : ' add="tally:-1"';
        lines.push(`<Choice to="${target(i, n === 0 ? 0 : offset)}"${guard}${effect} points={${n}}>Option ${n + 1}</Choice>`);
      });
    }
    lines.push('</Scene>');
    return lines.join('\n');
  });
  // Only endings something leads to (e0, rated best, always is: the last scene's first way on).
  const endingBlocks = endingIds.filter((id) => used.has(id)).map((id, i) => `<Ending id="${id}" rating="${i === 0 ? 'best' : 'poor'}">The end.</Ending>`);
  return scenarioSource({
    frontmatter: ['variables:', '  seen: {type: flag}', '  tally: {type: counter}'],
    body: [...body, ...endingBlocks].join('\n\n'),
  });
}

describe('property: compiling and playing', () => {
  it('random valid scenarios compile without errors and every path ends or waits', () => {
    fc.assert(
      fc.property(
        fc.array(sceneSpec, { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constantFrom('Thank you, please contact the practice so we can talk about it.', 'RUDE!!')), { maxLength: 12 }),
        (scenes, endings, steps) => {
          const result = compileScenario({ source: buildScenario(scenes, endings), file: 'test-scenario.mdx' });
          expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          const definition = result.definition!;
          // Play steps, adapting each to what the current scene accepts, until the path runs out.
          const path: Array<number | string> = [];
          let outcome = playPath(definition, path);
          for (const step of steps) {
            if (outcome.ending) break;
            const scene = definition.scenes.find((s) => s.id === outcome.waitingAt)!;
            const next = scene.decision.kind === 'compose' ? (typeof step === 'string' ? step : 'RUDE!!') : typeof step === 'number' ? 1 : 1;
            path.push(typeof next === 'number' && typeof step === 'number' ? Math.min(step, 1) : next);
            outcome = playPath(definition, path);
          }
          expect(outcome.ending !== null || outcome.waitingAt !== null).toBe(true);
          const report = exploreScenario(definition, { walks: 5, maxWalkSteps: 50 });
          expect(report.failures).toEqual([]);
          expect(report.endingsReached.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it('random text never throws, it only yields diagnostics', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (source) => {
        const result = compileScenario({ source, file: 'x.mdx' });
        expect(Array.isArray(result.diagnostics)).toBe(true);
        expect(result.diagnostics.some((d) => d.message.startsWith('the file could not be compiled'))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('mangled real scenarios never throw, they only yield diagnostics', () => {
    const source = readFileSync(new URL('../../tests/fixtures/scenarios/valid/night-out-photo.mdx', import.meta.url), 'utf8');
    const pieces = ['<', '>', '{', '}', '</Scene>', '<Choice to="x">', '"', '---', '\n', '{foo()}', '<Show when="(">', '*', '[a](b)', '<!--', 'export ', ':', '  - '];
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat({ max: source.length }), cut: fc.nat({ max: 30 }), insert: fc.constantFrom(...pieces) }), { minLength: 1, maxLength: 6 }),
        (edits) => {
          let mangled = source;
          for (const edit of edits) {
            const at = Math.min(edit.at, mangled.length);
            mangled = mangled.slice(0, at) + edit.insert + mangled.slice(at + edit.cut);
          }
          const result = compileScenario({ source: mangled, file: 'night-out-photo.mdx' });
          for (const diagnostic of result.diagnostics) {
            expect(diagnostic.line).toBeGreaterThanOrEqual(1);
            expect(diagnostic.column).toBeGreaterThanOrEqual(1);
          }
          expect(result.diagnostics.some((d) => d.message.startsWith('the file could not be compiled'))).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);
});
