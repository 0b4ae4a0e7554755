import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const VALID = 'tests/fixtures/scenarios/valid/night-out-photo.mdx';
const BROKEN = 'tests/fixtures/scenarios/broken';

/**
 * Runs the scenario CLI and resolves with its exit code and output. Asynchronous on purpose: a
 * synchronous spawn blocks the test worker, and on a busy machine a CLI run longer than Vitest's
 * 60 s worker heartbeat failed the whole unit step ('Timeout calling "onTaskUpdate"').
 */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/scenario.ts', ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('scenario CLI', () => {
  it('check: exit 0 and an empty JSON array on a valid file; file:line:col lines and exit 1 on errors', async () => {
    const ok = await cli('check', VALID, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual([]);
    const bad = await cli('check', BROKEN);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^tests\/fixtures\/scenarios\/broken\/broken-links\.mdx:16:1 {2}E004 {2}to="teh-end" names no scene or ending \(did you mean "the-end"\?\)$/m);
  });

  it('check: module.yaml scenario lists must name existing scenarios, and scenario ids are unique across files', async () => {
    const result = await cli('check', 'tests/fixtures/scenarios/module-demo', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ file: 'tests/fixtures/scenarios/module-demo/module.yaml', line: 12, column: 5, code: 'E004' }),
    ]);
    const duplicate = await cli('check', 'tests/fixtures/scenarios/valid', 'tests/fixtures/scenarios/module-demo', '--json');
    expect(JSON.parse(duplicate.stdout)).toContainEqual(
      expect.objectContaining({ file: 'tests/fixtures/scenarios/valid/night-out-photo.mdx', line: 2, code: 'E001', message: expect.stringContaining('already used by tests/fixtures/scenarios/module-demo/night-out-photo.mdx') }),
    );
  });

  it('play: prints exactly the spec keys, and names the step that cannot be played', async () => {
    const result = await cli('play', VALID, '--path', '[3]', '--json');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['scenario', 'visited', 'ending', 'rating', 'points', 'flags', 'counters', 'waitingAt']);
    expect(output).toMatchObject({ visited: ['photo', 'ignore', 'poor-end'], ending: 'poor-end', rating: 'poor', waitingAt: null, points: -1 });
    const waiting = JSON.parse((await cli('play', VALID, '--path', '[2]', '--json')).stdout);
    expect(waiting).toMatchObject({ ending: null, waitingAt: 'message' });
    const outOfRange = await cli('play', VALID, '--path', '[1, 9]', '--json');
    expect(outOfRange.code).toBe(1);
    expect(JSON.parse(outOfRange.stdout)).toMatchObject({ step: 2, error: expect.stringContaining('out of range') });
    const textForChoice = await cli('play', VALID, '--path', '["hello"]');
    expect(textForChoice.code).toBe(1);
    expect(textForChoice.stderr).toContain('step 1');
  });

  it('graph: mermaid by default, JSON on request', async () => {
    const mermaid = await cli('graph', VALID);
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toMatch(/^flowchart TD/);
    expect(mermaid.stdout).toContain('n_photo -->|"Ignore it"| n_ignore');
    const json = JSON.parse((await cli('graph', VALID, '--format', 'json')).stdout);
    expect(json.edges).toContainEqual({ from: 'ignore', to: 'poor-end', kind: 'route' });
  });

  it('test: explores every state and walks; fails with a reproducible path on a stuck scenario', async () => {
    const ok = await cli('test', VALID, '--json', '--seed', '7', '--walks', '20');
    expect(ok.code).toBe(0);
    const [report] = JSON.parse(ok.stdout).results;
    expect(report).toMatchObject({ scenario: 'night-out-photo', boundHit: false, endingsReached: ['good-end', 'poor-end'], failures: [], walks: { count: 20, seed: 7 } });
    const stuck = await cli('test', 'tests/fixtures/scenarios/stuck');
    expect(stuck.code).toBe(1);
    expect(stuck.stdout).toContain('stuck: scene "second" shows no choice here');
    expect(stuck.stdout).toContain(`reproduce: --path '[2]'`);
  });

  it('test: runs every <Example> and fails on disagreement, printing the reply and expected and actual per check', async () => {
    const result = await cli('test', 'tests/fixtures/scenarios/example-disagrees');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('1 of 2 compose examples judged as the author expects');
    expect(result.stdout).toContain('“Please take this down, it was Mrs Okafor on Tuesday.”');
    expect(result.stdout).toMatch(/✘ no-identifiers\s+expected pass\s+actual fail\s+\(“Mrs Okafor”, “Tuesday”\)/);
    expect(result.stdout).toMatch(/✘ neutral-tone\s+expected pass\s+actual fail\s+\(“take this down”\)/);
    expect(result.stdout).toMatch(/ {2}short\s+expected pass\s+actual pass/);
  });

  it('bad usage exits 2 with the usage text', async () => {
    const result = await cli('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage:');
  });
});
