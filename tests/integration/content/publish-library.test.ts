import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, expect, it, vi } from 'vitest';
import { LibraryHasErrorsError, publishLibrary } from '@/lib/content/publish-library';
import type { Database } from '@/lib/server/db/create-client';
import { readModuleFields } from '@/lib/studio/modules/module-fields';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { createStudioPeople } from '@/tests/integration/studio/fixtures';
import { describeEachDatabase } from '@/tests/integration/support/test-database';

// The studio's publish functions write through the app's client: here, the test database.
vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { createDraft } = await import('@/lib/server/studio/create-draft');
const { saveDraft } = await import('@/lib/server/studio/save-draft');
const { createModuleDraft } = await import('@/lib/server/studio/create-module-draft');
const { readModuleDraft } = await import('@/lib/server/studio/read-module-draft');
const { saveModuleDraft } = await import('@/lib/server/studio/save-module-draft');
const { submitDraft, decideDraft } = await import('@/lib/server/studio/review-draft');
const { publishDraft } = await import('@/lib/server/studio/publish-draft');
const { publishModuleDraft } = await import('@/lib/server/studio/publish-module-draft');

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

  /** A library of module `republish-test` listing scenarios republish-first and republish-second, with `title` and the scenarios' `versions`. */
  function republishLibrary(options: { title: string; moduleVersion: number; first: { title: string; version: number } }): string {
    const first = valid
      .replace('id: night-out-photo', 'id: republish-first')
      .replace('title: The night-out photo', `title: ${options.first.title}`)
      .replace(/^version: 1$/m, `version: ${options.first.version}`);
    const second = valid.replace('id: night-out-photo', 'id: republish-second').replace('title: The night-out photo', 'title: The second photo');
    libraries += 1;
    const root = path.join(scratch, `library-${libraries}`);
    mkdirSync(path.join(root, 'republish-test'), { recursive: true });
    const moduleText = readFileSync(path.join(fixtures, 'module-demo/module.yaml'), 'utf8')
      .replace('id: module-demo', 'id: republish-test')
      .replace('title: Social media and confidentiality', `title: ${options.title}`)
      .replace(/scenarios:\n(?: {2}- .+\n)+/, 'scenarios:\n  - republish-first\n  - republish-second\n')
      .concat(`version: ${options.moduleVersion}\n`);
    writeFileSync(path.join(root, 'republish-test/module.yaml'), moduleText);
    writeFileSync(path.join(root, 'republish-test/republish-first.mdx'), first);
    writeFileSync(path.join(root, 'republish-test/republish-second.mdx'), second);
    return root;
  }

  /** The titles and order learners see: the module's title, and each scenario's title and position. */
  async function shown() {
    const row = await db.cpdModule.findUniqueOrThrow({ where: { id: 'republish-test' }, select: { title: true } });
    const scenarios = await db.scenario.findMany({ where: { moduleId: 'republish-test' }, orderBy: { id: 'asc' }, select: { id: true, title: true, position: true } });
    return { module: row.title, scenarios };
  }

  it('re-publishing unchanged files (every npm start) keeps the titles and order an adviser published in the studio: only a new version changes them', async () => {
    useTestDatabase(db);
    const people = await createStudioPeople(db, { names: ['admin', 'author', 'reviewer'], domain: 'republish.test', grants: [['author', 'author'], ['reviewer', 'reviewer']] });
    const files = republishLibrary({ title: 'Photos online', moduleVersion: 1, first: { title: 'The night-out photo', version: 1 } });
    await publishLibrary({ db, folder: files });
    expect(await shown()).toEqual({
      module: 'Photos online',
      scenarios: [
        { id: 'republish-first', title: 'The night-out photo', position: 0 },
        { id: 'republish-second', title: 'The second photo', position: 1 },
      ],
    });

    // In the studio, an adviser renames the module to a title of the same length and swaps the scenarios' order…
    const moduleDraft = await createModuleDraft({ userId: people.author, moduleId: 'republish-test' });
    const fields = readModuleFields((await readModuleDraft({ userId: people.author, draftId: moduleDraft.id })).latest.source)!;
    await saveModuleDraft({ userId: people.author, draftId: moduleDraft.id, baseRevision: 1, fields: { ...fields, title: 'Photos ONLINE', scenarios: ['republish-second', 'republish-first'] } });
    await submitDraft({ userId: people.author, draftId: moduleDraft.id });
    await decideDraft({ userId: people.reviewer, draftId: moduleDraft.id, revision: 2, decision: 'approve', text: '' });
    await publishModuleDraft({ userId: people.author, draftId: moduleDraft.id });
    // …and retitles the first scenario.
    const scenarioDraft = await createDraft({ userId: people.author, origin: { kind: 'copy', scenarioId: 'republish-first' } });
    const copied = (await db.draftRevision.findFirstOrThrow({ where: { draftId: scenarioDraft.id }, select: { source: true } })).source;
    await saveDraft({ userId: people.author, draftId: scenarioDraft.id, baseRevision: 1, source: copied.replace('title: The night-out photo', 'title: The NIGHT-OUT photo') });
    await submitDraft({ userId: people.author, draftId: scenarioDraft.id });
    await decideDraft({ userId: people.reviewer, draftId: scenarioDraft.id, revision: 2, decision: 'approve', text: '' });
    await publishDraft({ userId: people.author, draftId: scenarioDraft.id });
    const studio = {
      module: 'Photos ONLINE',
      scenarios: [
        { id: 'republish-first', title: 'The NIGHT-OUT photo', position: 1 },
        { id: 'republish-second', title: 'The second photo', position: 0 },
      ],
    };
    expect(await shown()).toEqual(studio);

    // The files still hold the versions already published: nothing new, so nothing the studio set is undone.
    const again = await publishLibrary({ db, folder: files });
    expect([...again.modules, ...again.scenarios].map((item) => item.published)).toEqual([false, false, false]);
    expect(await shown()).toEqual(studio);

    // New versions from files set what they publish.
    const highestModule = (await db.moduleVersion.aggregate({ where: { moduleId: 'republish-test' }, _max: { version: true } }))._max.version!;
    const newer = republishLibrary({ title: 'Photos from files', moduleVersion: highestModule + 1, first: { title: 'The party photo', version: 3 } });
    const report = await publishLibrary({ db, folder: newer });
    expect(report.modules).toEqual([{ id: 'republish-test', version: highestModule + 1, published: true }]);
    expect(await shown()).toEqual({
      module: 'Photos from files',
      scenarios: [
        { id: 'republish-first', title: 'The party photo', position: 0 },
        { id: 'republish-second', title: 'The second photo', position: 1 },
      ],
    });
  });

  it('the real library publishes (every scenario passes its play test)', async () => {
    const report = await publishLibrary({ db, folder: path.resolve('scenarios') });
    expect(report.scenarios.length).toBeGreaterThan(0);
  });
});

