import path from 'node:path';
import { ESLint } from 'eslint';
import { expect, it } from 'vitest';

/**
 * "1 scenes" reached the branch map through a hand-written plural. eslint.config.mjs now sends
 * every counted noun in app/, components/ and lib/ through lib/text/plural.ts: a hand-written
 * `n === 1 ? 'one' : 'other'` fails lint there, while countOf passes and other `=== 1` tests
 * (an index, a length choosing a value) are left alone.
 */
const root = path.resolve(import.meta.dirname, '../..');

async function ruleIdsFor(code: string): Promise<Array<string | null>> {
  const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath: path.join(root, 'lib/text/count-wording-example.ts') });
  return (result?.messages ?? []).map((message) => message.ruleId);
}

it('fails lint on a hand-written plural and passes countOf', async () => {
  expect(await ruleIdsFor(`export const label = (scenes: number): string => \`\${scenes} \${scenes === 1 ? 'scene' : 'scenes'}\`;\n`)).toEqual(['no-restricted-syntax']);
  // countOf passed in: lintText reads no file from disk, so the example imports nothing.
  expect(await ruleIdsFor(`export const label = (scenes: number, countOf: (count: number, one: string) => string): string => countOf(scenes, 'scene');\n`)).toEqual([]);
  expect(await ruleIdsFor(`export const only = (items: string[]): string | undefined => (items.length === 1 ? items[0] : undefined);\n`)).toEqual([]);
}, 120_000);
