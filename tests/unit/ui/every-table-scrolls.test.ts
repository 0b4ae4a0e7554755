import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

function componentFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.tsx') && !file.endsWith('.test.tsx'))
    .map((file) => path.join(folder, file));
}

/**
 * A table's screen-reader text (`sr-only` captions and cell suffixes) is absolutely positioned;
 * outside a positioned scroll box it widens the whole page on a phone (/cpd at 375 px, the group
 * page at 320 px, issue 18). Every table is therefore written inside the shared TableScroll.
 */
it('writes every table of the app inside the shared TableScroll box', () => {
  const unwrapped: string[] = [];
  for (const file of [...componentFiles('app'), ...componentFiles('components')]) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const match of text.matchAll(/<table[\s>]/g)) {
      const before = text.slice(0, match.index);
      const open = before.split('<TableScroll').length - before.split('</TableScroll>').length;
      if (open < 1) unwrapped.push(`${file}:${before.split('\n').length}`);
    }
  }
  expect(unwrapped).toEqual([]);
});
