/**
 * The data `npm run bench:dashboard` measures the owner dashboard on, shared with any profiling
 * of the same queries: seeded, so every run sees the same generated rows.
 */
import { seededRandom } from '@/lib/scenario/runtime/explore';

/** Modules of the dashboard's content, each of `scenariosPerModule` scenarios. */
export const modulesCount = 3;
export const scenariosPerModule = 4;

/**
 * Fills the database of DATABASE_URL: 3 modules × 4 scenarios (two published versions each), and
 * two practices of `staffCount` staff with attempts (the measured one, and one whose rows the
 * queries must skip). Returns the measured practice and its owner.
 */
export async function fillDashboardPractices(staffCount: number): Promise<{ practiceId: string; ownerId: string }> {
  const { db } = await import('@/lib/server/db/client');
  const random = seededRandom(2026);
  const now = new Date();
  const dayMs = 24 * 60 * 60 * 1000;
  // A realistic snapshot size: the dashboard never reads it, but it widens every attempt row.
  const snapshotJson = JSON.stringify({ value: 'scene-3', context: { flags: { careful: true }, counters: { steps: 3 }, points: 4, visited: ['a', 'b', 'c'] }, pad: 'x'.repeat(400) });

  const versionIds: string[] = [];
  for (let m = 1; m <= modulesCount; m += 1) {
    const moduleId = `bench-module-${m}`;
    await db.cpdModule.create({ data: { id: moduleId, title: `Module ${m}` } });
    const scenarioIds = Array.from({ length: scenariosPerModule }, (_, index) => `${moduleId}-scenario-${index + 1}`);
    // The part of module.yaml the dashboard reads: which scenarios the module version lists.
    await db.moduleVersion.create({ data: { moduleId, version: 1, definitionJson: JSON.stringify({ id: moduleId, title: `Module ${m}`, hours: 1, scenarios: scenarioIds }), contentHash: `${moduleId}-v1` } });
    for (const [index, scenarioId] of scenarioIds.entries()) {
      await db.scenario.create({ data: { id: scenarioId, moduleId, position: index + 1, title: `Scenario ${m}.${index + 1}` } });
      // Two published versions: attempts stay on the version they started with.
      for (const version of [1, 2]) {
        const created = await db.scenarioVersion.create({ data: { scenarioId, version, definitionJson: '{}', contentHash: `${scenarioId}-v${version}` }, select: { id: true } });
        versionIds.push(created.id);
      }
    }
  }

  // The measured practice, and a second one of the same size whose rows the queries must skip.
  const practices: Array<{ practiceId: string; ownerId: string }> = [];
  for (const name of ['Measured Dental', 'Other Dental']) {
    const prefix = name.split(' ')[0]!.toLowerCase();
    const users = Array.from({ length: staffCount }, (_, index) => ({
      id: `${prefix}-user-${index}`,
      email: `${prefix}-${index}@bench.test`,
      name: `Staff ${index}`,
      certificateName: random() < 0.5 ? `Staff Member ${index}` : null,
    }));
    for (let start = 0; start < users.length; start += 1000) await db.user.createMany({ data: users.slice(start, start + 1000) });
    const practice = await db.practice.create({ data: { name }, select: { id: true } });
    const memberships = users.map((user, index) => ({ practiceId: practice.id, userId: user.id, role: index === 0 ? 'owner' : index < 4 ? 'manager' : 'member' }));
    for (let start = 0; start < memberships.length; start += 1000) await db.practiceMembership.createMany({ data: memberships.slice(start, start + 1000) });
    await db.assignment.createMany({
      data: [
        { practiceId: practice.id, moduleId: 'bench-module-1', dueAt: new Date(now.getTime() - 7 * dayMs) },
        { practiceId: practice.id, moduleId: 'bench-module-2', dueAt: new Date(now.getTime() + 30 * dayMs) },
      ],
    });

    const attempts = [];
    for (const user of users) {
      for (let scenario = 0; scenario < modulesCount * scenariosPerModule; scenario += 1) {
        const roll = random();
        if (roll < 0.25) continue;
        const versionId = versionIds[scenario * 2 + (random() < 0.2 ? 0 : 1)]!;
        const completed = roll >= 0.5;
        const completedAt = completed ? new Date(now.getTime() - Math.floor(random() * 120) * dayMs) : null;
        attempts.push({
          userId: user.id,
          scenarioVersionId: versionId,
          status: completed ? 'completed' : 'in-progress',
          sequence: Math.floor(random() * 6),
          snapshotJson,
          endingId: completed ? 'ending' : null,
          rating: completed ? (['best', 'good', 'poor', 'serious'] as const)[Math.floor(random() * 4)]! : null,
          completedAt,
          activeSeconds: Math.floor(random() * 900),
        });
        // Some people replay a finished scenario.
        if (completed && random() < 0.1) attempts.push({ ...attempts.at(-1)!, status: 'in-progress', completedAt: null, endingId: null, rating: null });
      }
    }
    for (let start = 0; start < attempts.length; start += 1000) await db.attempt.createMany({ data: attempts.slice(start, start + 1000) });
    practices.push({ practiceId: practice.id, ownerId: users[0]!.id });
  }
  await db.$disconnect();
  return practices[0]!;
}

