import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const VALID = 'tests/fixtures/scenarios/valid/night-out-photo.mdx';
const BROKEN = 'tests/fixtures/scenarios/broken';

function cli(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/scenario.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scenario CLI', { timeout: 120_000 }, () => {
  it('check: exit 0 and an empty JSON array on a valid file; file:line:col lines and exit 1 on errors', () => {
    const ok = cli('check', VALID, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual([]);
    const bad = cli('check', BROKEN);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^tests\/fixtures\/scenarios\/broken\/broken-links\.mdx:16:1 {2}E004 {2}to="teh-end" names no scene or ending \(did you mean "the-end"\?\)$/m);
  });

  it('check: module.yaml scenario lists must name existing scenarios, and scenario ids are unique across files', () => {
    const result = cli('check', 'tests/fixtures/scenarios/module-demo', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ file: 'tests/fixtures/scenarios/module-demo/module.yaml', line: 12, column: 5, code: 'E004' }),
    ]);
    const duplicate = cli('check', 'tests/fixtures/scenarios/valid', 'tests/fixtures/scenarios/module-demo', '--json');
    expect(JSON.parse(duplicate.stdout)).toContainEqual(
      expect.objectContaining({ file: 'tests/fixtures/scenarios/valid/night-out-photo.mdx', line: 2, code: 'E001', message: expect.stringContaining('already used by tests/fixtures/scenarios/module-demo/night-out-photo.mdx') }),
    );
  });

  it('play: prints exactly the spec keys, and names the step that cannot be played', () => {
    const result = cli('play', VALID, '--path', '[3]', '--json');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['scenario', 'visited', 'ending', 'rating', 'points', 'flags', 'counters', 'waitingAt']);
    expect(output).toMatchObject({ visited: ['photo', 'ignore', 'poor-end'], ending: 'poor-end', rating: 'poor', waitingAt: null, points: -1 });
    const waiting = JSON.parse(cli('play', VALID, '--path', '[2]', '--json').stdout);
    expect(waiting).toMatchObject({ ending: null, waitingAt: 'message' });
    const outOfRange = cli('play', VALID, '--path', '[1, 9]', '--json');
    expect(outOfRange.code).toBe(1);
    expect(JSON.parse(outOfRange.stdout)).toMatchObject({ step: 2, error: expect.stringContaining('out of range') });
    const textForChoice = cli('play', VALID, '--path', '["hello"]');
    expect(textForChoice.code).toBe(1);
    expect(textForChoice.stderr).toContain('step 1');
  });

  it('graph: mermaid by default, JSON on request', () => {
    const mermaid = cli('graph', VALID);
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toMatch(/^flowchart TD/);
    expect(mermaid.stdout).toContain('n_photo -->|"Ignore it"| n_ignore');
    const json = JSON.parse(cli('graph', VALID, '--format', 'json').stdout);
    expect(json.edges).toContainEqual({ from: 'ignore', to: 'poor-end', kind: 'route' });
  });

  it('test: explores every state and walks; fails with a reproducible path on a stuck scenario', () => {
    const ok = cli('test', VALID, '--json', '--seed', '7', '--walks', '20');
    expect(ok.code).toBe(0);
    const [report] = JSON.parse(ok.stdout).results;
    expect(report).toMatchObject({ scenario: 'night-out-photo', boundHit: false, endingsReached: ['good-end', 'poor-end'], failures: [], walks: { count: 20, seed: 7 } });
    const stuck = cli('test', 'tests/fixtures/scenarios/stuck');
    expect(stuck.code).toBe(1);
    expect(stuck.stdout).toContain('stuck: scene "second" shows no choice here');
    expect(stuck.stdout).toContain(`reproduce: --path '[2]'`);
  });

  it('test: runs every <Example> and fails on disagreement, printing the reply and expected and actual per check', () => {
    const result = cli('test', 'tests/fixtures/scenarios/example-disagrees');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('1 of 2 compose examples judged as the author expects');
    expect(result.stdout).toContain('“Please take this down, it was Mrs Okafor on Tuesday.”');
    expect(result.stdout).toMatch(/✘ no-identifiers\s+expected pass\s+actual fail\s+\(“Mrs Okafor”, “Tuesday”\)/);
    expect(result.stdout).toMatch(/✘ neutral-tone\s+expected pass\s+actual fail\s+\(“take this down”\)/);
    expect(result.stdout).toMatch(/ {2}short\s+expected pass\s+actual pass/);
  });

  it('bad usage exits 2 with the usage text', () => {
    const result = cli('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage:');
  });
});
