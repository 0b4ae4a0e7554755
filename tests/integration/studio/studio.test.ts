import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it, vi } from 'vitest';
import { exportModule } from '@/lib/content/export-module';
import { publishLibrary } from '@/lib/content/publish-library';
import type { Database } from '@/lib/server/db/create-client';
import { refusal } from '@/tests/integration/support/outcomes';
import { libraryFolder, scratchFolder } from '@/tests/integration/support/library-files';
import { createStudioPeople } from './fixtures';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';

vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }));
vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const { setStudioRole } = await import('@/lib/server/studio/set-studio-role');
const { createDraft } = await import('@/lib/server/studio/create-draft');
const { saveDraft } = await import('@/lib/server/studio/save-draft');
const { submitDraft, decideDraft } = await import('@/lib/server/studio/review-draft');
const { publishDraft } = await import('@/lib/server/studio/publish-draft');
const { openAttempt } = await import('@/lib/server/attempts/open-attempt');
const { decideAction } = await import('@/app/studio/drafts/[draftId]/review/actions');
const { runAsUser } = await import('@/lib/server/auth/run-as-user');
const { formData } = await import('@/tests/integration/authorization/support/personas');

const MODULE_ID = 'studio-test';
const fixtures = path.resolve('tests/fixtures/scenarios');
const scratch = scratchFolder('postwise-studio-');

const scenarioText = readFileSync(path.join(fixtures, 'valid/night-out-photo.mdx'), 'utf8');
const moduleText = readFileSync(path.join(fixtures, 'module-demo/module.yaml'), 'utf8')
  .replace('id: module-demo', `id: ${MODULE_ID}`)
  .replace('  - nigth-out-photo\n', '')
  .concat('\nversion: 1\n');

describeEachDatabase('Authoring studio', (getDb) => {
  let db: Database;
  const people = {} as Record<'admin' | 'author' | 'secondAuthor' | 'reviewer' | 'authorReviewer' | 'learner', string>;

  beforeAll(async () => {
    db = getDb();
    useTestDatabase(db);
    await publishLibrary({ db, folder: libraryFolder(scratch, MODULE_ID, { 'module.yaml': moduleText, 'night-out-photo.mdx': scenarioText }) });
    Object.assign(
      people,
      await createStudioPeople(db, {
        names: ['admin', 'author', 'secondAuthor', 'reviewer', 'authorReviewer', 'learner'],
        domain: 'studio.test',
        grants: [
          ['author', 'author'],
          ['secondAuthor', 'author'],
          ['reviewer', 'reviewer'],
          ['authorReviewer', 'author'],
          ['authorReviewer', 'reviewer'],
        ],
      }),
    );
  });

  it('exports the module from the database byte for byte as the files it was published from', async () => {
    const folder = path.join(scratch, 'export-unchanged');
    await exportModule({ db, moduleId: MODULE_ID, folder });
    expect(readdirSync(folder).sort()).toEqual(['module.yaml', 'night-out-photo.mdx']);
    expect(readFileSync(path.join(folder, 'module.yaml'), 'utf8')).toBe(moduleText);
    expect(readFileSync(path.join(folder, 'night-out-photo.mdx'), 'utf8')).toBe(scenarioText);
  });

  it('lets only admins grant roles, records who granted them, and enforces roles in the query', async () => {
    expect(await refusal(setStudioRole({ adminId: people.author, userId: people.learner, role: 'author', granted: true }))).toMatch(/^FORBIDDEN/);
    const grant = await db.studioRole.findUniqueOrThrow({ where: { userId_role: { userId: people.author, role: 'author' } }, select: { grantedById: true } });
    expect(grant.grantedById).toBe(people.admin);

    const copy = { kind: 'copy' as const, scenarioId: 'night-out-photo' };
    expect(await refusal(createDraft({ userId: people.learner, origin: copy }))).toMatch(/^FORBIDDEN/);
    expect(await refusal(createDraft({ userId: people.reviewer, origin: copy }))).toMatch(/^FORBIDDEN/);

    // A role removed stops working at once, whatever page the author still has open.
    const { id } = await createDraft({ userId: people.secondAuthor, origin: copy });
    await setStudioRole({ adminId: people.admin, userId: people.secondAuthor, role: 'author', granted: false });
    expect(await refusal(saveDraft({ userId: people.secondAuthor, draftId: id, baseRevision: 1, source: 'changed' }))).toMatch(/^FORBIDDEN/);
    await setStudioRole({ adminId: people.admin, userId: people.secondAuthor, role: 'author', granted: true });
    expect(await db.draftRevision.count({ where: { draftId: id } })).toBe(1);
  });

  it('refuses a save based on an old revision, naming who saved, and loses nothing', async () => {
    const { id } = await createDraft({ userId: people.author, origin: { kind: 'copy', scenarioId: 'night-out-photo' } });
    const theirs = scenarioText.replace('title: The night-out photo', 'title: Theirs');
    const mine = scenarioText.replace('title: The night-out photo', 'title: Mine');
    expect(await saveDraft({ userId: people.secondAuthor, draftId: id, baseRevision: 1, source: theirs })).toEqual({ saved: true, revision: 2 });

    const refused = await saveDraft({ userId: people.author, draftId: id, baseRevision: 1, source: mine });
    expect(refused).toMatchObject({ saved: false, newer: { number: 2, source: theirs, savedBy: 'Sam' } });
    const revisions = await db.draftRevision.findMany({ where: { draftId: id }, orderBy: { number: 'asc' }, select: { number: true, source: true } });
    expect(revisions).toEqual([
      { number: 1, source: scenarioText },
      { number: 2, source: theirs },
    ]);

    // Based on the newer revision, the save is a deliberate one and becomes revision 3.
    expect(await saveDraft({ userId: people.author, draftId: id, baseRevision: 2, source: mine })).toEqual({ saved: true, revision: 3 });
  });

  it('does not let a reviewer approve a draft they wrote any of', async () => {
    const { id } = await createDraft({ userId: people.author, origin: { kind: 'copy', scenarioId: 'night-out-photo' } });
    await saveDraft({ userId: people.authorReviewer, draftId: id, baseRevision: 1, source: scenarioText.replace('Tagged', 'Tagged again') });
    await submitDraft({ userId: people.author, draftId: id });
    expect(await refusal(decideDraft({ userId: people.authorReviewer, draftId: id, revision: 2, decision: 'approve', text: '' }))).toMatch(/^FORBIDDEN: You wrote part of this draft/);
    expect(await refusal(decideDraft({ userId: people.author, draftId: id, revision: 2, decision: 'approve', text: '' }))).toMatch(/^FORBIDDEN/);
    await decideDraft({ userId: people.reviewer, draftId: id, revision: 2, decision: 'approve', text: 'Clear and well sourced.' });
    expect(await db.scenarioDraft.findUniqueOrThrow({ where: { id }, select: { status: true, approvedRevision: true, approvedById: true } })).toEqual({
      status: 'approved',
      approvedRevision: 2,
      approvedById: people.reviewer,
    });
  });

  // attack5 F7: the verdict names the revision the reviewer read; a newer one submitted meanwhile is refused, not approved under their name.
  it('approves or sends back only the revision the reviewer was shown, while it is still the latest submitted one', async () => {
    const { id } = await createDraft({ userId: people.author, origin: { kind: 'copy', scenarioId: 'night-out-photo' } });
    await submitDraft({ userId: people.author, draftId: id });
    // The reviewer opens revision 1; meanwhile the author saves revision 2 and sends it again.
    await saveDraft({ userId: people.author, draftId: id, baseRevision: 1, source: scenarioText.replace('title: The night-out photo', 'title: Unreviewed') });
    await submitDraft({ userId: people.author, draftId: id });
    const state = () => db.scenarioDraft.findUniqueOrThrow({ where: { id }, select: { status: true, approvedRevision: true, approvedById: true } });
    const comments = () => db.draftComment.count({ where: { draftId: id } });
    const before = await comments();

    for (const decision of ['approve', 'send-back'] as const) {
      expect(await refusal(decideDraft({ userId: people.reviewer, draftId: id, revision: 1, decision, text: 'Fine.' }))).toBe(
        'CONFLICT: The draft changed since you opened it: revision 2 is now the latest. Read it before you decide.',
      );
    }
    expect(await refusal(decideDraft({ userId: people.reviewer, draftId: id, revision: 3, decision: 'approve', text: '' }))).toMatch(/^CONFLICT: There is no revision 3/);
    expect(await state()).toEqual({ status: 'in-review', approvedRevision: null, approvedById: null });
    expect(await comments()).toBe(before);

    await decideDraft({ userId: people.reviewer, draftId: id, revision: 2, decision: 'approve', text: '' });
    expect(await state()).toEqual({ status: 'approved', approvedRevision: 2, approvedById: people.reviewer });
  });

  it('the verdict form refuses a verdict without the revision it showed, and shows a newer revision as its failure', async () => {
    const { id } = await createDraft({ userId: people.author, origin: { kind: 'copy', scenarioId: 'night-out-photo' } });
    await submitDraft({ userId: people.author, draftId: id });
    await saveDraft({ userId: people.author, draftId: id, baseRevision: 1, source: scenarioText.replace('title: The night-out photo', 'title: Newer') });
    await submitDraft({ userId: people.author, draftId: id });
    const decide = (fields: Record<string, string>) => runAsUser({ id: people.reviewer }, () => decideAction(id, null, formData(fields)));

    expect(await decide({ decision: 'approve', text: '' })).toMatchObject({ ok: false, code: 'VALIDATION', message: 'The form did not say which revision you read; reload the page.' });
    expect(await decide({ decision: 'approve', text: '', revision: '1.5' })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await decide({ decision: 'approve', text: '', revision: '1' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: 'The draft changed since you opened it: revision 2 is now the latest. Read it before you decide.',
    });
    expect(await db.scenarioDraft.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: 'in-review' });
  });

  it('refuses to publish a draft that is not approved, or that does not compile, and publishes nothing', async () => {
    const before = await db.scenarioVersion.count();
    const { id } = await createDraft({ userId: people.author, origin: { kind: 'template', scenarioId: 'broken-draft', moduleId: MODULE_ID } });
    expect(await refusal(publishDraft({ userId: people.author, draftId: id }))).toMatch(/^CONFLICT: Only a draft a reviewer has approved/);

    const draft = await db.draftRevision.findFirstOrThrow({ where: { draftId: id }, select: { source: true } });
    await saveDraft({ userId: people.author, draftId: id, baseRevision: 1, source: draft.source.replace('to="poor-ending"', 'to="nowhere"') });
    await submitDraft({ userId: people.author, draftId: id });
    await decideDraft({ userId: people.reviewer, draftId: id, revision: 2, decision: 'approve', text: '' });
    expect(await refusal(publishDraft({ userId: people.reviewer, draftId: id }))).toMatch(/^VALIDATION: The draft does not compile; nothing was published:\n\d+:\d+ E00\d/);
    expect(await db.scenarioVersion.count()).toBe(before);
    expect(await db.scenario.count({ where: { id: 'broken-draft' } })).toBe(0);
  });

  it('publishes version n+1 whatever the text says, records author and reviewer, and keeps started attempts on their version', async () => {
    const started = await openAttempt({ userId: people.learner, moduleId: MODULE_ID, scenarioId: 'night-out-photo' });
    const v1 = await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId: 'night-out-photo', version: 1 }, select: { id: true } });

    const { id } = await createDraft({ userId: people.author, origin: { kind: 'copy', scenarioId: 'night-out-photo' } });
    const edited = scenarioText.replace('title: The night-out photo', 'title: The night-out photo, revised');
    expect(edited).toContain('version: 1');
    await saveDraft({ userId: people.author, draftId: id, baseRevision: 1, source: edited });
    await submitDraft({ userId: people.author, draftId: id });
    await decideDraft({ userId: people.reviewer, draftId: id, revision: 2, decision: 'approve', text: '' });
    const published = await publishDraft({ userId: people.author, draftId: id });
    expect(published).toEqual({ scenarioId: 'night-out-photo', version: 2, moduleId: MODULE_ID, moduleVersion: 2 });

    const v2 = await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId: 'night-out-photo', version: 2 }, select: { id: true, source: true, authorId: true, reviewerId: true } });
    expect(v2.source).toBe(edited.replace('version: 1', 'version: 2'));
    expect({ authorId: v2.authorId, reviewerId: v2.reviewerId }).toEqual({ authorId: people.author, reviewerId: people.reviewer });
    const moduleVersion = await db.moduleVersion.findFirstOrThrow({ where: { moduleId: MODULE_ID, version: 2 }, select: { reviewerId: true, source: true } });
    expect(moduleVersion.reviewerId).toBe(people.reviewer);
    expect(moduleVersion.source).toBe(moduleText.replace('version: 1', 'version: 2'));
    expect(await db.scenarioDraft.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: 'published' });

    const resumed = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId }, select: { scenarioVersionId: true } });
    expect(resumed.scenarioVersionId).toBe(v1.id);
    const newcomer = await db.user.create({ data: { email: 'newcomer@studio.test' }, select: { id: true } });
    const fresh = await openAttempt({ userId: newcomer.id, moduleId: MODULE_ID, scenarioId: 'night-out-photo' });
    const freshRow = await db.attempt.findUniqueOrThrow({ where: { id: fresh.attemptId }, select: { scenarioVersionId: true } });
    expect(freshRow.scenarioVersionId).toBe(v2.id);
  });

  it('adds a new scenario from the template to its module, and exports files that publish back as the same library', async () => {
    const { id } = await createDraft({ userId: people.author, origin: { kind: 'template', scenarioId: 'holiday-photos', moduleId: MODULE_ID } });
    await submitDraft({ userId: people.author, draftId: id });
    await decideDraft({ userId: people.reviewer, draftId: id, revision: 1, decision: 'approve', text: '' });
    expect(await publishDraft({ userId: people.reviewer, draftId: id })).toEqual({ scenarioId: 'holiday-photos', version: 1, moduleId: MODULE_ID, moduleVersion: 3 });

    const folder = path.join(scratch, 'export-after-studio', MODULE_ID);
    await exportModule({ db, moduleId: MODULE_ID, folder });
    expect(readdirSync(folder).sort()).toEqual(['holiday-photos.mdx', 'module.yaml', 'night-out-photo.mdx']);
    expect(readFileSync(path.join(folder, 'module.yaml'), 'utf8')).toContain('  - night-out-photo\n  - holiday-photos\n');
    // Files and studio are one library: publishing the exported files finds nothing new.
    const report = await publishLibrary({ db, folder: path.dirname(folder) });
    expect(report.modules).toEqual([{ id: MODULE_ID, version: 3, published: false }]);
    expect(report.scenarios.every((scenario) => !scenario.published)).toBe(true);
  });

  /** An approved copy of night-out-photo with its title changed, ready to publish. */
  async function approvedCopy(title: string): Promise<string> {
    const { id } = await createDraft({ userId: people.author, origin: { kind: 'copy', scenarioId: 'night-out-photo' } });
    await saveDraft({ userId: people.author, draftId: id, baseRevision: 1, source: scenarioText.replace('title: The night-out photo', `title: ${title}`) });
    await submitDraft({ userId: people.author, draftId: id });
    await decideDraft({ userId: people.reviewer, draftId: id, revision: 2, decision: 'approve', text: '' });
    return id;
  }

  /** Every publish either succeeded or was refused with a CONFLICT the page shows (never a raw database error, a 500). */
  function outcomes(results: PromiseSettledResult<{ version: number; moduleVersion: number }>[]) {
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as { code?: string; message: string }] : []));
    for (const reason of refused) expect(`${reason.code}: ${reason.message}`).toMatch(/^CONFLICT: (Someone else published .*nothing was published|Only a draft a reviewer has approved)/);
    return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  }

  it('publishing two drafts of one scenario at once never gives two versions one number, and refuses the loser clearly', async () => {
    const before = await db.scenarioVersion.findMany({ where: { scenarioId: 'night-out-photo' }, select: { version: true } });
    const drafts = [await approvedCopy('Racing one'), await approvedCopy('Racing two')];
    const published = outcomes(await Promise.allSettled(drafts.map((draftId, index) => publishDraft({ userId: index === 0 ? people.author : people.reviewer, draftId }))));
    expect(published.length).toBeGreaterThanOrEqual(1);

    const versions = await db.scenarioVersion.findMany({ where: { scenarioId: 'night-out-photo' }, select: { version: true } });
    expect(versions).toHaveLength(before.length + published.length);
    expect(new Set(versions.map((row) => row.version)).size).toBe(versions.length);
    const moduleVersions = await db.moduleVersion.findMany({ where: { moduleId: MODULE_ID }, select: { version: true } });
    expect(new Set(moduleVersions.map((row) => row.version)).size).toBe(moduleVersions.length);
  });

  it('publishing the same draft twice at once publishes it once', async () => {
    const before = await db.scenarioVersion.count({ where: { scenarioId: 'night-out-photo' } });
    const draftId = await approvedCopy('Double click');
    const published = outcomes(await Promise.allSettled([publishDraft({ userId: people.author, draftId }), publishDraft({ userId: people.reviewer, draftId })]));
    expect(published).toHaveLength(1);
    expect(await db.scenarioVersion.count({ where: { scenarioId: 'night-out-photo' } })).toBe(before + 1);
  });
});
