import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const fixtures = path.resolve('tests/fixtures/scenarios');

/** A new temporary folder for the calling test file, deleted after its tests. Call at the file's top level. */
export function scratchFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/**
 * A library of one module, `moduleId`, holding the valid fixture scenario night-out-photo
 * (tests/fixtures/scenarios/valid) and module-demo's module.yaml renamed to `moduleId`, listing only
 * that scenario, at version 1: written under `scratch`, returning the library folder for publishLibrary.
 */
export function oneScenarioLibrary(scratch: string, moduleId: string): string {
  const moduleYaml = readFileSync(path.join(fixtures, 'module-demo/module.yaml'), 'utf8')
    .replace('id: module-demo', `id: ${moduleId}`)
    .replace(/scenarios:\n(?: {2}- .+\n)+/, 'scenarios:\n  - night-out-photo\n')
    .concat('version: 1\n');
  return libraryFolder(scratch, moduleId, {
    'module.yaml': moduleYaml,
    'night-out-photo.mdx': readFileSync(path.join(fixtures, 'valid/night-out-photo.mdx'), 'utf8'),
  });
}

/**
 * A module as files (the format of record), for publishLibrary at the start of a test file:
 * writes `files` (name → text, module.yaml among them) to <scratch>/library/<moduleId> and returns
 * the library folder.
 */
export function libraryFolder(scratch: string, moduleId: string, files: Record<string, string>): string {
  const folder = path.join(scratch, 'library', moduleId);
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return path.dirname(folder);
}
