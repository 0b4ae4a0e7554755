import { beforeAll, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/server/db/create-client';
import { runAppOnTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { createAttempt, publishCertificateModule, reflectionOf } from '@/tests/integration/certificates/fixtures';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { createStudioPeople } from '@/tests/integration/studio/fixtures';
import { readModuleFields } from '@/lib/studio/modules/module-fields';

vi.mock('@/lib/server/auth/auth', () => ({ auth: async () => null }));
vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

const { learnerPageStamp } = await import('@/lib/server/page-cache/learner-page-stamp');
const { openAttempt } = await import('@/lib/server/attempts/open-attempt');
const { recordDecision } = await import('@/lib/server/attempts/record-decision');
const { recordActiveTime } = await import('@/lib/server/attempts/record-active-time');
const { markFeedbackRead } = await import('@/lib/server/attempts/mark-feedback-read');
const { issueCertificate } = await import('@/lib/server/certificates/issue-certificate');
const { revokeCertificate } = await import('@/lib/server/certificates/revoke-certificate');
const { reinstateCertificate } = await import('@/lib/server/certificates/reinstate-certificate');
const { assignModule } = await import('@/lib/server/practices/assign-module');
const { removeMember } = await import('@/lib/server/practices/remove-member');
const { setStudioRole } = await import('@/lib/server/studio/set-studio-role');
const { setUserSuspended } = await import('@/lib/server/users/set-user-suspended');
const { createDraft } = await import('@/lib/server/studio/create-draft');
const { saveDraft } = await import('@/lib/server/studio/save-draft');
const { createModuleDraft } = await import('@/lib/server/studio/create-module-draft');
const { readModuleDraft } = await import('@/lib/server/studio/read-module-draft');
const { saveModuleDraft } = await import('@/lib/server/studio/save-module-draft');
const { submitDraft, decideDraft } = await import('@/lib/server/studio/review-draft');
const { publishDraft } = await import('@/lib/server/studio/publish-draft');
const { publishModuleDraft } = await import('@/lib/server/studio/publish-module-draft');

const origin = 'https://cpd.example.org';
const MODULE_ID = 'social-media';
/** A fixed instant (winter, so UK time is UTC): the stamp's day part stays put within a test. */
const now = new Date('2026-12-01T12:00:00Z');
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describeEachDatabase("A learner's page change stamp (ADR 028)", (getDb) => {
  let db: Database;
  let counter = 0;
  runAppOnTestDatabase(getDb, { PUBLIC_BASE_URL: origin }, (database) => {
    db = database;
  });
  beforeAll(() => useTestDatabaseWithLibrary(getDb()));

  const stamp = (userId: string, when: Date = now) => learnerPageStamp(userId, when);
  const newUser = async (label: string, extra: { isAdmin?: boolean } = {}) => {
    counter += 1;
    return (await db.user.create({ data: { email: `${label}-${counter}@example.test`, name: `${label} ${counter}`, ...extra }, select: { id: true } })).id;
  };
  /** A learner and, beside them, an unrelated one. */
  const twoLearners = async () => ({ learner: await newUser('learner'), other: await newUser('other') });

  /** Runs `write` and expects it to change `changed`'s stamp and leave each of `unchanged`'s as it was. */
  async function expectStampChange(write: () => Promise<unknown>, changed: string[], unchanged: string[]) {
    const before = await Promise.all([...changed, ...unchanged].map((userId) => stamp(userId)));
    await write();
    const after = await Promise.all([...changed, ...unchanged].map((userId) => stamp(userId)));
    changed.forEach((userId, index) => expect(after[index], `stamp of ${userId}`).not.toBe(before[index]));
    unchanged.forEach((userId, index) => expect(after[changed.length + index], `stamp of ${userId}`).toBe(before[changed.length + index]));
  }

  async function firstScenarioId(): Promise<string> {
    return (await db.scenario.findFirstOrThrow({ where: { moduleId: MODULE_ID }, orderBy: { position: 'asc' }, select: { id: true } })).id;
  }

  it('is the same for the same rows and day, and changes with the Europe/London calendar day', async () => {
    const { learner } = await twoLearners();
    expect(await stamp(learner)).toBe(await stamp(learner));
    // 23:30 and 00:30 UK time (BST in summer: UTC+1) fall on two UK days, 22:30 and 23:30 UTC on one.
    expect(await stamp(learner, new Date('2026-06-10T22:30:00Z'))).not.toBe(await stamp(learner, new Date('2026-06-10T23:30:00Z')));
    expect(await stamp(learner, new Date('2026-06-10T21:30:00Z'))).toBe(await stamp(learner, new Date('2026-06-10T22:30:00Z')));
  });

  it('changes when an attempt is opened, a decision saved, time credited, feedback read, an attempt completed or deleted; never for another learner', async () => {
    const { learner, other } = await twoLearners();
    const scenarioId = await firstScenarioId();
    let attemptId = '';
    let choiceId = '';
    await expectStampChange(
      async () => {
        const attempt = await openAttempt({ userId: learner, moduleId: MODULE_ID, scenarioId, now: at(0) });
        attemptId = attempt.attemptId;
        const startScene = attempt.definition.scenes.find((scene) => scene.id === attempt.definition.start);
        if (startScene?.decision.kind !== 'choices') throw new Error('the first scenario does not start with choices');
        choiceId = startScene.decision.choices.find((choice) => !choice.when)!.id;
      },
      [learner],
      [other],
    );
    await expectStampChange(() => recordActiveTime({ userId: learner, attemptId, activeSecondsDelta: 5, now: at(5) }), [], [other]);
    await expectStampChange(
      async () => expect((await recordDecision({ userId: learner, attemptId, sequence: 1, event: { type: 'CHOOSE', choiceId }, activeSecondsDelta: 30, now: at(35) })).ok).toBe(true),
      [learner],
      [other],
    );
    await expectStampChange(() => recordActiveTime({ userId: learner, attemptId, activeSecondsDelta: 20, now: at(55) }), [learner], [other]);
    await expectStampChange(() => markFeedbackRead({ userId: learner, attemptId, sequence: 1 }), [learner], [other]);
    await expectStampChange(() => db.attempt.update({ where: { id: attemptId }, data: { status: 'completed', completedAt: at(60), rating: 'good', endingId: 'end' } }), [learner], [other]);
    // Another learner playing the same scenario changes nothing of this learner's pages.
    await expectStampChange(() => openAttempt({ userId: other, moduleId: MODULE_ID, scenarioId, now: at(70) }), [other], [learner]);
    await expectStampChange(() => db.attempt.delete({ where: { id: attemptId } }), [learner], [other]);
  });

  it('changes when a certificate is issued, revoked and reinstated', async () => {
    const { learner, other } = await twoLearners();
    const admin = await newUser('admin', { isAdmin: true });
    const moduleId = `stamp-cert-${counter}`;
    const published = await publishCertificateModule(db, moduleId);
    for (const versionId of published.scenarioVersionIds) {
      await createAttempt(db, { userId: learner, scenarioVersionId: versionId, activeSeconds: 1800, completedAt: new Date('2026-03-02T10:00:00Z') });
    }
    await db.moduleReflection.create({ data: { userId: learner, moduleId, text: reflectionOf(60) } });
    await db.moduleFeedback.create({ data: { userId: learner, moduleId, rating: 4, comment: 'Useful.' } });
    let code = '';
    await expectStampChange(async () => ({ code } = await issueCertificate({ userId: learner, moduleId, origin })), [learner], [other]);
    await expectStampChange(() => revokeCertificate({ code, reason: 'Issued in error.', actorId: admin, origin, now: at(0) }), [learner], [other]);
    await expectStampChange(() => reinstateCertificate({ code, actorId: admin, origin, now: at(60) }), [learner], [other]);
  });

  it("changes when the learner's practice assigns a module, changes its due date or removes it, renames itself, or the assigner is renamed", async () => {
    const { learner, other } = await twoLearners();
    const owner = await newUser('owner');
    const practice = await db.practice.create({ data: { name: `Harbourside ${counter}` }, select: { id: true } });
    await expectStampChange(
      () => db.practiceMembership.createMany({ data: [{ practiceId: practice.id, userId: owner, role: 'owner' }, { practiceId: practice.id, userId: learner }] }),
      [learner],
      [other],
    );
    await expectStampChange(() => assignModule({ actorId: owner, practiceId: practice.id, moduleId: MODULE_ID, dueAt: new Date('2026-12-20T23:59:59Z') }), [learner], [other]);
    await expectStampChange(() => assignModule({ actorId: owner, practiceId: practice.id, moduleId: MODULE_ID, dueAt: new Date('2026-12-27T23:59:59Z') }), [learner], [other]);
    await expectStampChange(() => db.user.update({ where: { id: owner }, data: { certificateName: 'Dr Owner Renamed' } }), [learner], [other]);
    await expectStampChange(() => db.practiceMembership.update({ where: { practiceId_userId: { practiceId: practice.id, userId: learner } }, data: { role: 'manager' } }), [learner], [other]);
    await expectStampChange(() => db.assignment.deleteMany({ where: { practiceId: practice.id } }), [learner], [other]);
    // With no assignment left, only the membership's row names the practice.
    await expectStampChange(() => db.practice.update({ where: { id: practice.id }, data: { name: 'Harbourside Renamed' } }), [learner], [other]);
    await expectStampChange(() => removeMember({ actorId: owner, practiceId: practice.id, userId: learner }), [learner], [other]);
  });

  it("changes the moment an assignment's due instant passes, whenever in the UK day it falls (the demo seed's do not fall at its end)", async () => {
    const { learner } = await twoLearners();
    const owner = await newUser('owner');
    const practice = await db.practice.create({ data: { name: `Due Soon Dental ${counter}` }, select: { id: true } });
    await db.practiceMembership.createMany({ data: [{ practiceId: practice.id, userId: owner, role: 'owner' }, { practiceId: practice.id, userId: learner }] });
    // Due 2 seconds after `now`, mid-afternoon: /learn says "due soon" until then and "overdue" after.
    await assignModule({ actorId: owner, practiceId: practice.id, moduleId: MODULE_ID, dueAt: at(2) });
    const before = await stamp(learner, now);
    expect(await stamp(learner, at(1))).toBe(before);
    // The instant itself is not past (isPastDue: work due at an instant is overdue only after it).
    expect(await stamp(learner, at(2))).toBe(before);
    const after = await stamp(learner, at(3));
    expect(after).not.toBe(before);
    expect(await stamp(learner, at(3600))).toBe(after);
  });

  it('changes with the name, profile, suspension, studio roles and organisation memberships the pages and their menu show', async () => {
    const { learner, other } = await twoLearners();
    const admin = await newUser('admin', { isAdmin: true });
    await expectStampChange(() => db.user.update({ where: { id: learner }, data: { certificateName: 'Zoë Renamed' } }), [learner], [other]);
    await expectStampChange(() => db.user.update({ where: { id: learner }, data: { registrantType: 'dental-nurse' } }), [learner], [other]);
    await expectStampChange(() => setUserSuspended({ userId: learner, suspended: true }), [learner], [other]);
    await expectStampChange(() => setUserSuspended({ userId: learner, suspended: false }), [learner], [other]);
    await expectStampChange(() => setStudioRole({ adminId: admin, userId: learner, role: 'author', granted: true }), [learner], [other]);
    await expectStampChange(() => setStudioRole({ adminId: admin, userId: learner, role: 'author', granted: false }), [learner], [other]);
    const organisation = await db.organisation.create({ data: { name: `Smile Group ${counter}` }, select: { id: true } });
    await expectStampChange(() => db.organisationMembership.create({ data: { organisationId: organisation.id, userId: learner, role: 'manager' } }), [learner], [other]);
    await expectStampChange(() => db.organisation.update({ where: { id: organisation.id }, data: { name: 'Smile Group Renamed' } }), [learner], [other]);
    await expectStampChange(() => db.practice.create({ data: { name: 'Joined the group', organisationId: organisation.id } }), [learner], [other]);
    await expectStampChange(() => db.organisationMembership.deleteMany({ where: { organisationId: organisation.id } }), [learner], [other]);
  });

  it("changes for every learner when an adviser publishes a module's or a scenario's new version in the studio, even a title of the same length", async () => {
    const { learner, other } = await twoLearners();
    const people = await createStudioPeople(db, { names: ['admin', 'author', 'reviewer'], domain: `stamp-studio-${counter}.test`, grants: [['author', 'author'], ['reviewer', 'reviewer']] });
    // Each draft is approved at its second revision: the one its single save made.
    const approve = async (draftId: string) => {
      await submitDraft({ userId: people.author, draftId });
      await decideDraft({ userId: people.reviewer, draftId, revision: 2, decision: 'approve', text: '' });
    };
    const moduleDraft = await createModuleDraft({ userId: people.author, moduleId: MODULE_ID });
    const fields = readModuleFields((await readModuleDraft({ userId: people.author, draftId: moduleDraft.id })).latest.source)!;
    await saveModuleDraft({ userId: people.author, draftId: moduleDraft.id, baseRevision: 1, fields: { ...fields, title: fields.title.toUpperCase() } });
    await approve(moduleDraft.id);
    await expectStampChange(() => publishModuleDraft({ userId: people.author, draftId: moduleDraft.id }), [learner, other], []);

    const scenarioId = await firstScenarioId();
    const scenarioDraft = await createDraft({ userId: people.author, origin: { kind: 'copy', scenarioId } });
    const copied = (await db.draftRevision.findFirstOrThrow({ where: { draftId: scenarioDraft.id }, select: { source: true } })).source;
    await saveDraft({ userId: people.author, draftId: scenarioDraft.id, baseRevision: 1, source: copied.replace(/^title: (.+)$/m, (_line, title: string) => `title: ${title.toUpperCase()}`) });
    await approve(scenarioDraft.id);
    await expectStampChange(() => publishDraft({ userId: people.author, draftId: scenarioDraft.id }), [learner, other], []);
  });

  it('changes for every learner when the library publishes a scenario or module version, or a published scenario is removed', async () => {
    const { learner, other } = await twoLearners();
    const scenarioId = await firstScenarioId();
    const latest = await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId }, orderBy: { version: 'desc' }, select: { version: true, definitionJson: true, summaryJson: true } });
    await expectStampChange(
      () => db.scenarioVersion.create({ data: { scenarioId, version: latest.version + 100, definitionJson: latest.definitionJson, summaryJson: latest.summaryJson, contentHash: `stamp-${counter}` } }),
      [learner, other],
      [],
    );
    const moduleVersion = await db.moduleVersion.findFirstOrThrow({ where: { moduleId: MODULE_ID }, orderBy: { version: 'desc' }, select: { version: true, definitionJson: true } });
    await expectStampChange(
      () => db.moduleVersion.create({ data: { moduleId: MODULE_ID, version: moduleVersion.version + 100, definitionJson: moduleVersion.definitionJson, contentHash: `stamp-module-${counter}` } }),
      [learner, other],
      [],
    );
    // Titles and places change only with a new version (publishLibrary, publishDraft, publishModuleDraft;
    // the test above renames through the studio), so a removal is seen through its versions' rows.
    await db.cpdModule.create({ data: { id: `stamp-extra-${counter}`, title: 'Extra' } });
    await db.scenario.create({ data: { id: `stamp-extra-scenario-${counter}`, moduleId: `stamp-extra-${counter}`, position: 1, title: 'Extra scenario' } });
    await db.scenarioVersion.create({ data: { scenarioId: `stamp-extra-scenario-${counter}`, version: 1, definitionJson: latest.definitionJson, summaryJson: latest.summaryJson, contentHash: `stamp-extra-${counter}` } });
    await expectStampChange(() => db.scenario.delete({ where: { id: `stamp-extra-scenario-${counter}` } }), [learner, other], []);
  });
});
