import type { Database } from '@/lib/server/db/create-client';
import { scenarioSummaryJson } from '@/tests/integration/support/scenario-summary-json';

/** A user with a unique email derived from `label`. */
export async function createUser(db: Database, label: string, name: string | null = label) {
  return db.user.create({ data: { email: `${label}@example.test`, name }, select: { id: true, email: true } });
}

/** A practice with an owner and, optionally, members in the given roles. */
export async function createPracticeWith(
  db: Database,
  options: { name: string; ownerId: string; members?: Array<{ userId: string; role: 'member' | 'manager' }> },
) {
  return db.practice.create({
    data: {
      name: options.name,
      members: { create: [{ userId: options.ownerId, role: 'owner' }, ...(options.members ?? [])] },
    },
    select: { id: true },
  });
}

/** A published module with `scenarioCount` published scenarios; returns ids and version ids in order. */
export async function publishModule(db: Database, options: { id: string; title: string; scenarioCount: number }) {
  await db.cpdModule.create({ data: { id: options.id, title: options.title }, select: { id: true } });
  // The part of module.yaml the progress views read: which scenarios the module version has.
  const scenarioIds = Array.from({ length: options.scenarioCount }, (_, index) => `${options.id}-s${index + 1}`);
  await db.moduleVersion.create({
    data: { moduleId: options.id, version: 1, definitionJson: JSON.stringify({ id: options.id, title: options.title, hours: 1, scenarios: scenarioIds }), contentHash: `${options.id}-v1` },
    select: { id: true },
  });
  const scenarios: Array<{ id: string; versionId: string }> = [];
  for (let position = 1; position <= options.scenarioCount; position += 1) {
    const id = `${options.id}-s${position}`;
    await db.scenario.create({ data: { id, moduleId: options.id, position, title: `Scenario ${position} of ${options.title}` } });
    const version = await db.scenarioVersion.create({
      data: { scenarioId: id, version: 1, definitionJson: '{}', summaryJson: scenarioSummaryJson(`Scenario ${position} of ${options.title}`), contentHash: `${id}-v1` },
      select: { id: true },
    });
    scenarios.push({ id, versionId: version.id });
  }
  return scenarios;
}

/** An attempt: completed (with a date and rating) or in progress after `sequence` decisions. */
export async function createAttempt(
  db: Database,
  options: { userId: string; versionId: string; sequence: number; completedAt?: Date; rating?: string },
) {
  return db.attempt.create({
    data: {
      userId: options.userId,
      scenarioVersionId: options.versionId,
      status: options.completedAt ? 'completed' : 'in-progress',
      sequence: options.sequence,
      snapshotJson: '{}',
      endingId: options.completedAt ? 'ending' : null,
      rating: options.rating ?? null,
      completedAt: options.completedAt ?? null,
    },
    select: { id: true },
  });
}

/** The newest demo-outbox email to an address. */
export async function lastEmailTo(db: Database, to: string) {
  return db.outboxEmail.findFirst({ where: { to }, orderBy: { createdAt: 'desc' }, select: { subject: true, text: true } });
}
