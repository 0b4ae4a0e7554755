import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, expect, it } from 'vitest';

/**
 * eslint.config.mjs keeps import/no-cycle cheap by not parsing node_modules or the generated
 * Prisma client. This shows the guarantee is unchanged for our own files: two modules that import
 * each other (one through the `@/` alias, as app code does) still fail lint with the project's
 * own configuration. The pair is written inside the repository, since the rule follows real files.
 */
const root = path.resolve(import.meta.dirname, '../..');
// A kebab-case name of its own (the house-style rule checks it too), made inside the test (so
// listing the tests writes nothing) and removed after it.
const folder = path.join(root, `tests/unit/cycle-check-${process.pid}`);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('fails lint on a new import cycle between our own files', async () => {
  mkdirSync(folder, { recursive: true });
  const alias = `@/${path.relative(root, folder)}`;
  writeFileSync(path.join(folder, 'first.ts'), `import { second } from './second';\n\nexport const first = (): number => second() + 1;\n`);
  writeFileSync(path.join(folder, 'second.ts'), `import { first } from '${alias}/first';\n\nexport const second = (): number => (first.length > 0 ? 1 : 0);\n`);

  const [first, second] = await new ESLint({ cwd: root }).lintFiles([path.join(folder, 'first.ts'), path.join(folder, 'second.ts')]);
  expect(first?.messages.map((message) => message.ruleId)).toEqual(['import/no-cycle']);
  expect(second?.messages.map((message) => message.ruleId)).toEqual(['import/no-cycle']);
}, 120_000);
