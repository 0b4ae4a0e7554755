import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { TableScroll } from '@/components/ui/table-scroll';

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

/**
 * A table wider than the phone scrolls inside its box, and a keyboard user scrolls it with the arrow
 * keys only if the box itself takes focus: a link inside does not reach the columns after it (the
 * Reflection column on /cpd at 375 px, issue 18). Every TableScroll is therefore a named region in the
 * tab order, and every use names it.
 */
it('makes every table scroll box a named region the keyboard can focus', () => {
  const markup = renderToStaticMarkup(createElement(TableScroll, { label: 'Activity log' } as Parameters<typeof TableScroll>[0], createElement('table')));
  expect(markup).toMatch(/<div [^>]*role="region" aria-label="Activity log" tabindex="0"><table><\/table><\/div>/);

  const unnamed: string[] = [];
  for (const file of [...componentFiles('app'), ...componentFiles('components')]) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const match of text.matchAll(/<TableScroll\b[^>]*>/g)) {
      if (!/\blabel=(["{])/.test(match[0])) unnamed.push(`${file}:${text.slice(0, match.index).split('\n').length}`);
    }
  }
  expect(unnamed).toEqual([]);
});
