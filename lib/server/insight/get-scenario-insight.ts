import 'server-only';
import { buildScenarioInsight, type ScenarioInsight } from '@/lib/insight/build-scenario-insight';
import type { InsightFilters } from '@/lib/insight/insight-filters';
import { AppError } from '@/lib/errors';
import { studioRolesFor } from '@/lib/permissions';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { readDefinition } from '@/lib/server/attempts/read-definition';
import { db } from '@/lib/server/db/client';
import { aggregateAttempts } from './aggregate-attempts';
import { aggregateRollup } from './aggregate-rollup';
import { foldInsight } from './fold-insight';

/**
 * Decision insight for one version of a scenario (issue 16), for admins and for the studio's authors
 * and reviewers (`scenario.insight` in lib/permissions; the rule is re-checked here in the query): reach, choices by
 * shown position, time to decide, where unfinished attempts stand, endings and written-reply checks,
 * for attempts matching the filters (version: default the newest; start date range; registrant
 * type; practice). Decisions are read from the insight rollup, folded up to date first (ADR 012); aggregated in the database and guarded by the 5-learner rule before it is
 * returned, so no caller can show a small cell or any text a learner wrote.
 *
 * Throws NOT_FOUND when the actor is neither an active admin nor an active author or reviewer, or the
 * scenario or version does not exist.
 */
export async function getScenarioInsight(options: { actorId: string; scenarioId: string; filters: InsightFilters }): Promise<ScenarioInsight> {
  const { actorId, scenarioId, filters } = options;
  // Deny by default: only an active admin, author or reviewer (checked in the database, not from the session) gets further.
  const allowed = await db.user.findFirst({
    where: { id: actorId, suspendedAt: null, OR: [{ isAdmin: true }, { studioRoles: { some: { role: { in: studioRolesFor('studio.view') } } } }] },
    select: { id: true },
  });
  if (!allowed) throw new AppError('NOT_FOUND', 'Scenario not found.');
  const scenario = await db.scenario.findUnique({
    where: { id: scenarioId },
    select: {
      id: true,
      title: true,
      moduleId: true,
      versions: { orderBy: { publishedAt: 'desc' }, select: { id: true, version: true, publishedAt: true, contentHash: true } },
    },
  });
  if (!scenario) throw new AppError('NOT_FOUND', 'Scenario not found.');
  const chosen = filters.version ? scenario.versions.find((version) => version.id === filters.version) : scenario.versions[0];
  if (!chosen) throw new AppError('NOT_FOUND', filters.version ? 'That version of the scenario does not exist.' : 'This scenario has no published version.');

  const versionRow = await db.scenarioVersion.findUniqueOrThrow({ where: { id: chosen.id }, select: { id: true, definitionJson: true } });
  const definition: ScenarioDefinition = readDefinition(versionRow);
  await foldInsight({ db, versionId: chosen.id });
  const [attempts, decisions] = await Promise.all([
    aggregateAttempts({ db, versionId: chosen.id, filters }),
    aggregateRollup({ db, versionId: chosen.id, filters }),
  ]);
  return buildScenarioInsight({
    scenario: { id: scenario.id, title: scenario.title, moduleId: scenario.moduleId },
    versions: scenario.versions.map(({ id, version, publishedAt }) => ({ id, version, publishedAt })),
    versionId: chosen.id,
    filters,
    definition,
    raw: { ...attempts, ...decisions },
  });
}
