import 'server-only';
import { buildTeamInsight, type TeamChoiceRow, type TeamInsight } from '@/lib/insight/build-team-insight';
import { AppError } from '@/lib/errors';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { readDefinition } from '@/lib/server/attempts/read-definition';
import { db } from '@/lib/server/db/client';
import { practiceWhereMember } from '@/lib/server/practices/practice-access';
import { foldInsight } from './fold-insight';

type Row = { version_id: string; scene_id: string; choice_id: string; user_id: string; decisions: unknown };

/**
 * Team insight for a practice owner or manager (issue 16): where the practice's current members
 * chose risky options, by guidance theme, as guarded counts (build-team-insight.ts). Reads the
 * insight rollup (folded up to date first), only the members' choice counts, never a text.
 * Throws NOT_FOUND unless the actor is an owner or manager of the practice (the rule is in the query).
 */
export async function getTeamInsight(options: { actorId: string; practiceId: string }): Promise<TeamInsight> {
  const practice = await db.practice.findFirst({
    where: practiceWhereMember({ practiceId: options.practiceId, userId: options.actorId, action: 'practice.view-progress' }),
    select: { id: true, name: true },
  });
  if (!practice) throw new AppError('NOT_FOUND', 'Practice not found.');
  await foldInsight({ db });
  const rows = await db.$queryRaw<Row[]>`SELECT t."scenarioVersionId" AS version_id, t."sceneId" AS scene_id, t."item" AS choice_id,
      t."userId" AS user_id, SUM(t."count") AS decisions
    FROM "PracticeMembership" m JOIN "InsightTally" t ON t."userId" = m."userId"
    WHERE m."practiceId" = ${practice.id} AND t."metric" = 'choice'
    GROUP BY t."scenarioVersionId", t."sceneId", t."item", t."userId"`;
  const versionIds = [...new Set(rows.map((row) => row.version_id))];
  const versions = await db.scenarioVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, definitionJson: true } });
  const definitions = new Map<string, ScenarioDefinition>(versions.map((version) => [version.id, readDefinition(version)]));
  const choiceRows: TeamChoiceRow[] = rows.map((row) => ({
    versionId: row.version_id,
    sceneId: row.scene_id,
    choiceId: row.choice_id,
    userId: row.user_id,
    decisions: Number(row.decisions),
  }));
  return buildTeamInsight({ practice, definitions, rows: choiceRows });
}
