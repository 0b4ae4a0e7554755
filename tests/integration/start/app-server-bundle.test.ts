import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { appServerBundleIsCurrent, buildAppServer } from '@/scripts/build-app-server.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
// Inside the repository, so the compiled module finds node_modules as the real one (in .next) does.
mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true });
const folder = mkdtempSync(path.join(root, 'node_modules', '.cache', 'app-server-bundle-test-'));
const bundle = path.join(folder, 'postwise-app-server.mjs');

/** What a plain `node --conditions=react-server` process (no TypeScript hook) sees when it imports `file`: the type of each named export. */
function exportsSeenByPlainNode(file: string, names: string[]): Record<string, string> {
  const script = `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(names)}.map((n) => [n, typeof m[n]]))));`;
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Record<string, string>;
}

describe('the compiled app server (scripts/build-app-server.mjs, issue 19 start-up)', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is one plain module that Node loads without tsx, with the save code in a chunk of its own', async () => {
    expect(appServerBundleIsCurrent(bundle)).toBe(false);
    await buildAppServer(bundle);
    expect(appServerBundleIsCurrent(bundle)).toBe(true);

    expect(exportsSeenByPlainNode(bundle, ['startAppServer', 'STOP_GRACE_MS'])).toEqual({ startAppServer: 'function', STOP_GRACE_MS: 'number' });
    const saveChunks = readdirSync(folder).filter((file) => file.startsWith('postwise-app-server-serve-decision-saves-'));
    expect(saveChunks).toHaveLength(1);
    expect(exportsSeenByPlainNode(path.join(folder, saveChunks[0]!), ['answerDecisionSaveOverNode'])).toEqual({ answerDecisionSaveOverNode: 'function' });
  });

  it('is stale once older than the sources compiled into it, and compiling again leaves one set of chunks', async () => {
    await buildAppServer(bundle);
    // As if scripts/app-server.ts or a module it imports had been edited after the compile.
    utimesSync(bundle, new Date(0), new Date(0));
    expect(appServerBundleIsCurrent(bundle)).toBe(false);

    await buildAppServer(bundle);
    expect(appServerBundleIsCurrent(bundle)).toBe(true);
    expect(readdirSync(folder).filter((file) => file.startsWith('postwise-app-server-serve-decision-saves-'))).toHaveLength(1);
  });
});
