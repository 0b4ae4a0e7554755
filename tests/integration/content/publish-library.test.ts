import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, expect, it } from 'vitest';
import { LibraryHasErrorsError, publishLibrary } from '@/lib/content/publish-library';
import type { Database } from '@/lib/server/db/create-client';
import { describeEachDatabase } from '@/tests/integration/support/test-database';

const fixtures = path.resolve('tests/fixtures/scenarios');
const scratch = mkdtempSync(path.join(tmpdir(), 'postwise-publish-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let libraries = 0;

const moduleYaml = (scenarios: string[], version = 1) =>
  readFileSync(path.join(fixtures, 'module-demo/module.yaml'), 'utf8')
    .replace('id: module-demo', 'id: library-test')
    .replace(/scenarios:\n(?: {2}- .+\n)+/, `scenarios:\n${scenarios.map((id) => `  - ${id}\n`).join('')}`)
    .concat(`version: ${version}\n`);

/** A library folder holding one module (`library-test`) with the given scenario files. */
function library(files: Record<string, string>): string {
  libraries += 1;
  const root = path.join(scratch, `library-${libraries}`);
  const folder = path.join(root, 'library-test');
  mkdirSync(folder, { recursive: true });
  const ids = Object.keys(files).map((name) => name.replace(/\.mdx$/, ''));
  writeFileSync(path.join(folder, 'module.yaml'), files['module.yaml'] ?? moduleYaml(ids.filter((id) => id !== 'module.yaml')));
  for (const [name, text] of Object.entries(files)) if (name !== 'module.yaml') writeFileSync(path.join(folder, name), text);
  return root;
}

const valid = readFileSync(path.join(fixtures, 'valid/night-out-photo.mdx'), 'utf8');
const edited = valid.replace('You notice someone you recognise in the background.', 'You notice a patient in the background.');

async function counts(db: Database) {
  return {
    scenarios: await db.scenarioVersion.count({ where: { scenario: { moduleId: 'library-test' } } }),
    modules: await db.moduleVersion.count({ where: { moduleId: 'library-test' } }),
  };
}

describeEachDatabase('Publishing the scenario library', (getDb) => {
  let db: Database;
  beforeEach(async () => {
    db = getDb();
    await db.cpdModule.deleteMany({ where: { id: 'library-test' } });
    await db.scenario.deleteMany({ where: { id: { in: ['night-out-photo', 'all-hidden'] } } });
  });

  it('refuses a scenario the play test finds stuck, and publishes nothing', async () => {
    const folder = library({ 'night-out-photo.mdx': valid, 'all-hidden.mdx': readFileSync(path.join(fixtures, 'stuck/all-hidden.mdx'), 'utf8') });
    const attempt = publishLibrary({ db, folder });
    await expect(attempt).rejects.toBeInstanceOf(LibraryHasErrorsError);
    await expect(attempt).rejects.toThrow(/all-hidden\.mdx: stuck: scene "second" shows no choice/);
    expect(await counts(db)).toEqual({ scenarios: 0, modules: 0 });
  });

  it('refuses a scenario whose written-reply example the checks disagree with, as scenario test does, and publishes nothing', async () => {
    const folder = library({ 'night-out-photo.mdx': readFileSync(path.join(fixtures, 'example-disagrees/night-out-photo.mdx'), 'utf8') });
    const attempt = publishLibrary({ db, folder });
    await expect(attempt).rejects.toBeInstanceOf(LibraryHasErrorsError);
    await expect(attempt).rejects.toThrow(/night-out-photo\.mdx: example: /);
    expect(await counts(db)).toEqual({ scenarios: 0, modules: 0 });
  });

  it('publishes once, and again is a no-op', async () => {
    const folder = library({ 'night-out-photo.mdx': valid });
    const first = await publishLibrary({ db, folder });
    expect(first.scenarios).toEqual([{ id: 'night-out-photo', version: 1, published: true }]);
    const again = await publishLibrary({ db, folder });
    expect(again.scenarios).toEqual([{ id: 'night-out-photo', version: 1, published: false }]);
    expect(await counts(db)).toEqual({ scenarios: 1, modules: 1 });
  });

  it('a Windows-saved copy with a byte-order mark and decomposed accents is the same content: nothing new is published', async () => {
    await publishLibrary({ db, folder: library({ 'night-out-photo.mdx': valid.replace('title: The night', 'title: The café night') }) });
    const resaved = `\uFEFF${valid.replace('title: The night', 'title: The café night').normalize('NFD').replace(/\n/g, '\r\n')}`;
    const report = await publishLibrary({ db, folder: library({ 'night-out-photo.mdx': resaved }) });
    expect(report.scenarios[0]?.published).toBe(false);
    expect(report.modules[0]?.published).toBe(false);
    expect(await counts(db)).toEqual({ scenarios: 1, modules: 1 });
  });

  it('refuses a changed scenario whose version was not bumped, saying which version to set', async () => {
    await publishLibrary({ db, folder: library({ 'night-out-photo.mdx': valid }) });
    const attempt = publishLibrary({ db, folder: library({ 'night-out-photo.mdx': edited, 'module.yaml': moduleYaml(['night-out-photo'], 2) }) });
    await expect(attempt).rejects.toBeInstanceOf(LibraryHasErrorsError);
    await expect(attempt).rejects.toThrow('scenario "night-out-photo" has changed but its `version` is 1 and version 1 is already published with different content: set `version: 2`');
    expect(await counts(db)).toEqual({ scenarios: 1, modules: 1 });
  });

  it('refuses a changed module whose version was not bumped', async () => {
    await publishLibrary({ db, folder: library({ 'night-out-photo.mdx': valid }) });
    const bumped = edited.replace(/^version: 1$/m, 'version: 2');
    const attempt = publishLibrary({ db, folder: library({ 'night-out-photo.mdx': bumped, 'module.yaml': moduleYaml(['night-out-photo'], 1) }) });
    await expect(attempt).rejects.toThrow('module "library-test" has changed but its `version` is 1');
    expect(await counts(db)).toEqual({ scenarios: 1, modules: 1 });
  });

  it('publishes a changed scenario and module under their bumped versions', async () => {
    await publishLibrary({ db, folder: library({ 'night-out-photo.mdx': valid }) });
    const bumped = edited.replace(/^version: 1$/m, 'version: 2');
    const report = await publishLibrary({ db, folder: library({ 'night-out-photo.mdx': bumped, 'module.yaml': moduleYaml(['night-out-photo'], 2) }) });
    expect(report).toEqual({
      modules: [{ id: 'library-test', version: 2, published: true }],
      scenarios: [{ id: 'night-out-photo', version: 2, published: true }],
    });
    const versions = await db.scenarioVersion.findMany({ where: { scenarioId: 'night-out-photo' }, select: { version: true }, orderBy: { version: 'asc' } });
    expect(versions.map((row) => row.version)).toEqual([1, 2]);
  });

  it('the real library publishes (every scenario passes its play test)', async () => {
    const report = await publishLibrary({ db, folder: path.resolve('scenarios') });
    expect(report.scenarios.length).toBeGreaterThan(0);
  });
});

