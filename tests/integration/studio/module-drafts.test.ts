import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it, vi } from 'vitest';
import { exportModule } from '@/lib/content/export-module';
import { publishLibrary } from '@/lib/content/publish-library';
import type { Database } from '@/lib/server/db/create-client';
import { readModuleFields, type ModuleFields } from '@/lib/studio/modules/module-fields';
import { refusal } from '@/tests/integration/support/outcomes';
import { libraryFolder, scratchFolder } from '@/tests/integration/support/library-files';
import { createStudioPeople } from './fixtures';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { createModuleDraft } = await import('@/lib/server/studio/create-module-draft');
const { saveModuleDraft } = await import('@/lib/server/studio/save-module-draft');
const { saveDraft } = await import('@/lib/server/studio/save-draft');
const { readModuleDraft } = await import('@/lib/server/studio/read-module-draft');
const { submitDraft, decideDraft } = await import('@/lib/server/studio/review-draft');
const { publishModuleDraft } = await import('@/lib/server/studio/publish-module-draft');
const { publishDraft } = await import('@/lib/server/studio/publish-draft');
const { readDraft } = await import('@/lib/server/studio/read-draft');
const { listStudio } = await import('@/lib/server/studio/list-studio');
const { listModuleStudio } = await import('@/lib/server/studio/list-module-studio');
const { openAttempt } = await import('@/lib/server/attempts/open-attempt');
const { readModuleVersionsOn } = await import('@/lib/server/completion/read-module-versions-on');
const { listLearnerModules } = await import('@/lib/server/catalogue/list-learner-modules');
const { readModuleHistory } = await import('@/lib/server/studio/read-module-history');

const MODULE_ID = 'module-drafts-test';
const fixtures = path.resolve('tests/fixtures/scenarios');
const scratch = scratchFolder('postwise-module-drafts-');

const firstText = readFileSync(path.join(fixtures, 'valid/night-out-photo.mdx'), 'utf8');
const secondText = firstText.replace('id: night-out-photo', 'id: second-photo').replace('title: The night-out photo', 'title: The second photo');
const moduleText = readFileSync(path.join(fixtures, 'module-demo/module.yaml'), 'utf8')
  .replace('id: module-demo', `id: ${MODULE_ID}`)
  .replace('  - nigth-out-photo\n', '  - second-photo\n')
  .concat('version: 1\n');

describeEachDatabase('Module drafts in the authoring studio', (getDb) => {
  let db: Database;
  const people = {} as Record<'admin' | 'author' | 'secondAuthor' | 'reviewer' | 'learner' | 'certified', string>;
  let published: ModuleFields;

  /** A module draft with `fields` saved by the author, sent for review and approved by the reviewer. */
  async function approvedDraft(change: (fields: ModuleFields) => ModuleFields): Promise<string> {
    const { id } = await createModuleDraft({ userId: people.author, moduleId: MODULE_ID });
    const draft = await readModuleDraft({ userId: people.author, draftId: id });
    await saveModuleDraft({ userId: people.author, draftId: id, baseRevision: 1, fields: change(readModuleFields(draft.latest.source)!) });
    await submitDraft({ userId: people.author, draftId: id });
    await decideDraft({ userId: people.reviewer, draftId: id, revision: 2, decision: 'approve', text: '' });
    return id;
  }

  beforeAll(async () => {
    db = getDb();
    useTestDatabase(db);
    await publishLibrary({
      db,
      folder: libraryFolder(scratch, MODULE_ID, { 'module.yaml': moduleText, 'night-out-photo.mdx': firstText, 'second-photo.mdx': secondText }),
    });
    Object.assign(
      people,
      await createStudioPeople(db, {
        names: ['admin', 'author', 'secondAuthor', 'reviewer', 'learner', 'certified'],
        domain: 'modules.test',
        grants: [
          ['author', 'author'],
          ['secondAuthor', 'author'],
          ['reviewer', 'reviewer'],
        ],
      }),
    );
    published = readModuleFields(moduleText)!;
  });

  it('starts from the published module.yaml, and a save of the unchanged form keeps it byte for byte', async () => {
    const { id } = await createModuleDraft({ userId: people.author, moduleId: MODULE_ID });
    const draft = await readModuleDraft({ userId: people.author, draftId: id });
    expect(draft.latest.source).toBe(moduleText);
    expect(draft.scenarios.map((scenario) => scenario.id)).toEqual(['night-out-photo', 'second-photo']);
    expect(await saveModuleDraft({ userId: people.author, draftId: id, baseRevision: 1, fields: published })).toMatchObject({ saved: true, revision: 2, source: moduleText });
    expect(await refusal(createModuleDraft({ userId: people.reviewer, moduleId: MODULE_ID }))).toMatch(/^FORBIDDEN/);
    expect(await refusal(createModuleDraft({ userId: people.author, moduleId: 'no-such-module' }))).toMatch(/^NOT_FOUND/);
  });

  it('refuses a save based on an old revision, naming who saved, and overwrites nothing', async () => {
    const { id } = await createModuleDraft({ userId: people.author, moduleId: MODULE_ID });
    expect(await saveModuleDraft({ userId: people.secondAuthor, draftId: id, baseRevision: 1, fields: { ...published, title: 'Theirs' } })).toMatchObject({ saved: true, revision: 2 });
    const refused = await saveModuleDraft({ userId: people.author, draftId: id, baseRevision: 1, fields: { ...published, title: 'Mine' } });
    expect(refused).toMatchObject({ saved: false, newer: { number: 2, savedBy: 'Sam' } });
    const revisions = await db.draftRevision.findMany({ where: { draftId: id }, orderBy: { number: 'asc' }, select: { source: true } });
    expect(revisions.map((revision) => readModuleFields(revision.source)?.title)).toEqual([published.title, 'Theirs']);
  });

  it('keeps module and scenario drafts apart: neither page nor publisher takes the other kind', async () => {
    const { id } = await createModuleDraft({ userId: people.author, moduleId: MODULE_ID });
    expect(await refusal(readDraft({ userId: people.author, draftId: id }))).toMatch(/^NOT_FOUND/);
    expect((await listStudio({ userId: people.author })).drafts.map((draft) => draft.id)).not.toContain(id);
    expect((await listModuleStudio({ userId: people.author })).drafts.map((draft) => draft.id)).toContain(id);
    await submitDraft({ userId: people.author, draftId: id });
    await decideDraft({ userId: people.reviewer, draftId: id, revision: 1, decision: 'approve', text: '' });
    expect(await refusal(publishDraft({ userId: people.reviewer, draftId: id }))).toMatch(/^CONFLICT/);
    await db.scenarioDraft.update({ where: { id }, data: { status: 'editing' } });
  });

  it('refuses to publish a draft that is not approved, or that fails the checks publishing from files runs, and writes nothing', async () => {
    const { id } = await createModuleDraft({ userId: people.author, moduleId: MODULE_ID });
    expect(await refusal(publishModuleDraft({ userId: people.author, draftId: id }))).toMatch(/^CONFLICT: Only a module draft a reviewer has approved/);
    const before = await db.moduleVersion.count({ where: { moduleId: MODULE_ID } });

    const unknown = await approvedDraft((fields) => ({ ...fields, scenarios: [...fields.scenarios, 'not-published'] }));
    expect(await refusal(publishModuleDraft({ userId: people.reviewer, draftId: unknown }))).toMatch(/^VALIDATION: The module does not pass its checks; nothing was published:\n\d+:\d+ E004 scenario "not-published"/);

    // The form refuses hours that are not quarter hours; a text saved another way is refused at publishing.
    const { id: oddHours } = await createModuleDraft({ userId: people.author, moduleId: MODULE_ID });
    await saveDraft({ userId: people.author, draftId: oddHours, baseRevision: 1, source: moduleText.replace('hours: 1', 'hours: 1.1') });
    await submitDraft({ userId: people.author, draftId: oddHours });
    await decideDraft({ userId: people.reviewer, draftId: oddHours, revision: 2, decision: 'approve', text: '' });
    expect(await refusal(publishModuleDraft({ userId: people.author, draftId: oddHours }))).toMatch(/^VALIDATION: .*\nhours: CPD time is credited in quarter hours/);

    const { id: renamed } = await createModuleDraft({ userId: people.author, moduleId: MODULE_ID });
    await saveDraft({ userId: people.author, draftId: renamed, baseRevision: 1, source: moduleText.replace(`id: ${MODULE_ID}`, 'id: another-module') });
    await submitDraft({ userId: people.author, draftId: renamed });
    await decideDraft({ userId: people.reviewer, draftId: renamed, revision: 2, decision: 'approve', text: '' });
    expect(await refusal(publishModuleDraft({ userId: people.author, draftId: renamed }))).toMatch(/^VALIDATION: .*E001 `id` is "another-module"/s);

    expect(await db.moduleVersion.count({ where: { moduleId: MODULE_ID } })).toBe(before);
    expect(await db.scenarioDraft.count({ where: { id: { in: [unknown, oddHours, renamed] }, status: 'approved' } })).toBe(3);
  });

  // attack5 F7, module drafts (the same decideDraft): a swapped module text (say, more hours) is not approved under the reviewer's name.
  it('approves only the module revision the reviewer was shown, while it is still the latest submitted one', async () => {
    const { id } = await createModuleDraft({ userId: people.author, moduleId: MODULE_ID });
    await submitDraft({ userId: people.author, draftId: id });
    await saveModuleDraft({ userId: people.author, draftId: id, baseRevision: 1, fields: { ...published, hours: published.hours + 5 } });
    await submitDraft({ userId: people.author, draftId: id });

    expect(await refusal(decideDraft({ userId: people.reviewer, draftId: id, revision: 1, decision: 'approve', text: '' }))).toBe(
      'CONFLICT: The draft changed since you opened it: revision 2 is now the latest. Read it before you decide.',
    );
    const state = () => db.scenarioDraft.findUniqueOrThrow({ where: { id }, select: { status: true, approvedRevision: true, approvedById: true } });
    expect(await state()).toEqual({ status: 'in-review', approvedRevision: null, approvedById: null });

    await decideDraft({ userId: people.reviewer, draftId: id, revision: 2, decision: 'approve', text: '' });
    expect(await state()).toEqual({ status: 'approved', approvedRevision: 2, approvedById: people.reviewer });
  });

  it('does not let an author approve their own module draft', async () => {
    const { id } = await createModuleDraft({ userId: people.author, moduleId: MODULE_ID });
    await submitDraft({ userId: people.author, draftId: id });
    expect(await refusal(decideDraft({ userId: people.author, draftId: id, revision: 1, decision: 'approve', text: '' }))).toMatch(/^FORBIDDEN/);
  });

  it('publishes version n+1 with the new order, records who, keeps attempts and certificates on theirs, and exports files that publish back as the same library', async () => {
    const v1 = await db.moduleVersion.findFirstOrThrow({ where: { moduleId: MODULE_ID, version: 1 }, select: { id: true } });
    const started = await openAttempt({ userId: people.learner, moduleId: MODULE_ID, scenarioId: 'night-out-photo' });
    await db.certificate.create({
      data: { code: 'PW-MODS-0001-0000', userId: people.certified, moduleId: MODULE_ID, moduleVersionId: v1.id, contentJson: '{}', signature: 'test', signingKeyId: 'test' },
    });

    const id = await approvedDraft((fields) => ({
      ...fields,
      title: 'Photos and confidentiality',
      provider: 'The Harbourside Union CPD team',
      hours: 1.5,
      scenarios: ['second-photo', 'night-out-photo'],
      recommendedTopics: ['Legal and ethical issues'],
    }));
    expect(await publishModuleDraft({ userId: people.author, draftId: id })).toEqual({ moduleId: MODULE_ID, moduleVersion: 2 });

    const v2 = await db.moduleVersion.findFirstOrThrow({ where: { moduleId: MODULE_ID, version: 2 }, select: { id: true, source: true, authorId: true, reviewerId: true } });
    expect(v2.source).toContain('version: 2\n');
    expect(v2.source).toContain('title: Photos and confidentiality\n');
    expect(v2.source).toContain('scenarios:\n  - second-photo\n  - night-out-photo\n');
    expect(v2.source).toContain('provider: The Harbourside Union CPD team\n');
    expect(v2.source).toContain('recommendedTopics:\n  - Legal and ethical issues\n');
    expect({ authorId: v2.authorId, reviewerId: v2.reviewerId }).toEqual({ authorId: people.author, reviewerId: people.reviewer });
    expect(await db.scenarioDraft.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: 'published' });
    expect(await refusal(publishModuleDraft({ userId: people.author, draftId: id }))).toMatch(/^CONFLICT/);

    // What learners see: a newcomer gets version 2 and its order; the certificate holder stays on version 1.
    const versionOn = await readModuleVersionsOn({ userIds: [people.certified, people.learner] });
    expect(versionOn(people.certified, MODULE_ID)?.versionId).toBe(v1.id);
    expect(versionOn(people.learner, MODULE_ID)?.versionId).toBe(v2.id);
    const [listed] = (await listLearnerModules({ userId: people.learner })).filter((module) => module.id === MODULE_ID);
    expect(listed).toMatchObject({ title: 'Photos and confidentiality', hours: 1.5 });
    expect(listed?.scenarios.map((scenario) => scenario.id)).toEqual(['second-photo', 'night-out-photo']);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId }, select: { scenarioVersion: { select: { version: true } } } });
    expect(attempt.scenarioVersion.version).toBe(1);

    // Files and studio are one library: the export is the published text, and publishing it again finds nothing new.
    const folder = path.join(scratch, 'export', MODULE_ID);
    await exportModule({ db, moduleId: MODULE_ID, folder });
    expect(readFileSync(path.join(folder, 'module.yaml'), 'utf8')).toBe(v2.source);
    const report = await publishLibrary({ db, folder: path.dirname(folder) });
    expect(report.modules).toEqual([{ id: MODULE_ID, version: 2, published: false }]);
    expect(report.scenarios.every((scenario) => !scenario.published)).toBe(true);
  });

  it('refuses to publish a draft started before a newer module version, which it would undo', async () => {
    const { id: older } = await createModuleDraft({ userId: people.author, moduleId: MODULE_ID });
    await saveModuleDraft({ userId: people.author, draftId: older, baseRevision: 1, fields: { ...published, aims: 'Older aims.' } });
    await submitDraft({ userId: people.author, draftId: older });
    await decideDraft({ userId: people.reviewer, draftId: older, revision: 2, decision: 'approve', text: '' });
    const newer = await approvedDraft((fields) => ({ ...fields, title: 'Published in between' }));
    const { moduleVersion } = await publishModuleDraft({ userId: people.author, draftId: newer });
    expect(await refusal(publishModuleDraft({ userId: people.author, draftId: older }))).toMatch(
      new RegExp(`^CONFLICT: Module version ${moduleVersion} was published after this draft started from version ${moduleVersion - 1}; nothing was published`),
    );
    expect(await db.moduleVersion.count({ where: { moduleId: MODULE_ID } })).toBe(moduleVersion);
  });
  it('shows every published version on the module’s history page, newest first, with who wrote and approved it and its text', async () => {
    const id = await approvedDraft((fields) => ({ ...fields, aims: 'Aims for the history page.' }));
    const { moduleVersion } = await publishModuleDraft({ userId: people.reviewer, draftId: id });
    const history = await readModuleHistory({ userId: people.reviewer, moduleId: MODULE_ID });
    expect(history.versions.map((version) => version.version)).toEqual(Array.from({ length: moduleVersion }, (_, index) => moduleVersion - index));
    const [newest] = history.versions;
    expect(newest).toMatchObject({ author: { name: 'author' }, reviewer: { name: 'reviewer' } });
    expect(newest?.source).toContain('aims: Aims for the history page.\n');
    // Version 1 came from files: no author or reviewer, and the certificate issued on it is counted.
    expect(history.versions.at(-1)).toMatchObject({ version: 1, author: null, reviewer: null, _count: { certificates: 1 } });
    expect(await refusal(readModuleHistory({ userId: people.learner, moduleId: MODULE_ID }))).toMatch(/^FORBIDDEN/);
    expect(await refusal(readModuleHistory({ userId: people.author, moduleId: 'no-such-module' }))).toMatch(/^NOT_FOUND/);
  });
});
