import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { libraryFilesHash } from './library-files-hash';

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function makeLibrary(files: Record<string, string>): string {
  folder = mkdtempSync(path.join(tmpdir(), 'postwise-library-hash-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), text);
  }
  return folder;
}

describe('libraryFilesHash', () => {
  const files = { 'module-a/module.yaml': 'id: module-a\n', 'module-a/one.mdx': 'one', 'sources/gdc.yaml': 'id: gdc\n' };

  it('is the same for the same files, whatever order they were written in', () => {
    const first = libraryFilesHash(makeLibrary(files));
    rmSync(folder, { recursive: true, force: true });
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    expect(libraryFilesHash(makeLibrary(reversed))).toBe(first);
  });

  it('changes when a file is edited, added, removed or renamed', () => {
    const library = makeLibrary(files);
    const seen = new Set([libraryFilesHash(library)]);
    writeFileSync(path.join(library, 'module-a/one.mdx'), 'one!');
    seen.add(libraryFilesHash(library));
    writeFileSync(path.join(library, 'module-a/two.mdx'), 'two');
    seen.add(libraryFilesHash(library));
    rmSync(path.join(library, 'module-a/two.mdx'));
    renameSync(path.join(library, 'module-a/one.mdx'), path.join(library, 'module-a/uno.mdx'));
    seen.add(libraryFilesHash(library));
    expect(seen.size).toBe(4);
  });

  it('does not confuse a file name with file content', () => {
    const joined = libraryFilesHash(makeLibrary({ ab: 'c' }));
    rmSync(folder, { recursive: true, force: true });
    expect(libraryFilesHash(makeLibrary({ a: 'bc' }))).not.toBe(joined);
  });
});
