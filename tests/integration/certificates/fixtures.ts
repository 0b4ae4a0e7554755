import type { Database } from '@/lib/server/db/create-client';
import { issueCertificate } from '@/lib/server/certificates/issue-certificate';
import type { ModuleDefinition } from '@/lib/scenario/definition';
import { scenarioSummaryJson } from '@/tests/integration/support/scenario-summary-json';

/** A published module with two scenarios, shaped like module.yaml, under a unique id. */
export async function publishCertificateModule(db: Database, id: string, overrides: Partial<ModuleDefinition> = {}) {
  const scenarioIds = [`${id}-friend-request`, `${id}-one-star-review`];
  const definition: ModuleDefinition = {
    id,
    title: 'Social media and your professional reputation',
    provider: 'Postwise Learning',
    description: 'Two short, branching scenarios set in fictional UK dental practices.',
    aims: 'To help dental professionals use social media safely.',
    objectives: ['Recognise jigsaw identification', 'Respond safely to a negative online review'],
    outcomes: ['A', 'D'],
    hours: 1.75,
    scenarios: scenarioIds,
    qualityAssurance: { by: 'the Harbourside dentolegal advisory team', statement: 'Reviewed by a registered dentist.' },
    feedbackRequired: true,
    recommendedTopics: ['Legal and ethical issues'],
    version: 2,
    ...overrides,
  };
  await db.cpdModule.create({ data: { id, title: definition.title } });
  const moduleVersion = await db.moduleVersion.create({
    data: { moduleId: id, version: definition.version, definitionJson: JSON.stringify(definition), contentHash: `${id}-hash-0123456789abcdef` },
    select: { id: true },
  });
  const scenarioVersionIds: string[] = [];
  for (const [index, scenarioId] of definition.scenarios.entries()) {
    await db.scenario.create({ data: { id: scenarioId, moduleId: id, position: index + 1, title: `Scenario ${index + 1}` } });
    const version = await db.scenarioVersion.create({
      data: { scenarioId, version: 1, definitionJson: '{}', summaryJson: scenarioSummaryJson(`Scenario ${index + 1}`), contentHash: `${scenarioId}-v1` },
      select: { id: true },
    });
    scenarioVersionIds.push(version.id);
  }
  return { definition, moduleVersionId: moduleVersion.id, scenarioVersionIds };
}

/** A learner as the profile form leaves them. */
export async function createLearner(db: Database, label: string, extra: { gdcNumber?: string; registrantType?: string; cpdCycleStart?: Date } = {}) {
  return db.user.create({
    data: { email: `${label}@example.test`, name: `Account ${label}`, certificateName: `Zoë ${label} Łukasz`, ...extra },
    select: { id: true, email: true },
  });
}

/** One attempt: completed at `completedAt` (an ending reached) or still in progress. */
export async function createAttempt(db: Database, options: { userId: string; scenarioVersionId: string; activeSeconds: number; completedAt?: Date }) {
  return db.attempt.create({
    data: {
      userId: options.userId,
      scenarioVersionId: options.scenarioVersionId,
      status: options.completedAt ? 'completed' : 'in-progress',
      sequence: 3,
      snapshotJson: '{}',
      endingId: options.completedAt ? 'ending' : null,
      rating: options.completedAt ? 'good' : null,
      activeSeconds: options.activeSeconds,
      completedAt: options.completedAt ?? null,
    },
    select: { id: true },
  });
}

/** A reflection of `words` words. */
export function reflectionOf(words: number): string {
  return Array.from({ length: words }, (_, index) => (index % 7 === 0 ? "patient's" : 'reflect')).join(' ');
}

/**
 * A learner holding a freshly issued certificate for a new module `moduleId` (every scenario done
 * with 30 minutes' active time, reflection and feedback given), and an administrator to act on it.
 * Runs the real issueCertificate, so the test file must point the app at its database (app-harness).
 */
export async function certifiedLearnerAndAdmin(db: Database, moduleId: string, origin: string) {
  const published = await publishCertificateModule(db, moduleId);
  const learner = await createLearner(db, `${moduleId}-learner`);
  for (const versionId of published.scenarioVersionIds) {
    await createAttempt(db, { userId: learner.id, scenarioVersionId: versionId, activeSeconds: 1800, completedAt: new Date('2026-03-02T10:00:00Z') });
  }
  await db.moduleReflection.create({ data: { userId: learner.id, moduleId, text: reflectionOf(60) } });
  await db.moduleFeedback.create({ data: { userId: learner.id, moduleId, rating: 4, comment: 'Useful.' } });
  const { code } = await issueCertificate({ userId: learner.id, moduleId, origin });
  const admin = await db.user.create({ data: { email: `admin-${moduleId}@example.test`, isAdmin: true }, select: { id: true, email: true } });
  return { code, learner, admin };
}
