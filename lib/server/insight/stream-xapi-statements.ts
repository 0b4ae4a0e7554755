import 'server-only';
import { AppError } from '@/lib/errors';
import { dateRangeOf } from '@/lib/insight/insight-filters';
import type { CheckResult } from '@/lib/scenario/definition';
import { readDefinition } from '@/lib/server/attempts/read-definition';
import { db } from '@/lib/server/db/client';
import { completionStatement, decisionStatement, type StatementScope, type XapiStatement } from '@/lib/xapi/statements';

const PAGE_SIZE = 500;

/**
 * Every decision, written-reply verdict and completion in a module as xAPI 1.0.3 statements
 * (decisions first, then completions, each in row-id order, which follows creation), for events
 * and completions dated within the inclusive UK calendar days `from`–`to`. Pages through
 * the database so a large export never sits in memory. Throws NOT_FOUND on the first `next()` unless
 * the actor is an active admin (the rule is in the query) and the module exists. Learners are identified only by
 * their Postwise account id under `origin`; composed texts and reflections are never read.
 */
export async function* streamXapiStatements(options: {
  actorId: string;
  moduleId: string;
  from?: string;
  to?: string;
  origin: string;
}): AsyncGenerator<XapiStatement> {
  const admin = await db.user.findFirst({ where: { id: options.actorId, isAdmin: true, suspendedAt: null }, select: { id: true } });
  const cpdModule = admin ? await db.cpdModule.findUnique({ where: { id: options.moduleId }, select: { id: true, title: true } }) : null;
  if (!cpdModule) throw new AppError('NOT_FOUND', 'Module not found.');
  const { start, end } = dateRangeOf(options);
  const within = start || end ? { ...(start ? { gte: start } : {}), ...(end ? { lt: end } : {}) } : undefined;
  const versions = new Map<string, { id: string; definitionJson: string }>();
  const scopeOf = async (attempt: { id: string; userId: string; scenarioVersionId: string }): Promise<StatementScope> => {
    let version = versions.get(attempt.scenarioVersionId);
    if (!version) {
      version = await db.scenarioVersion.findUniqueOrThrow({ where: { id: attempt.scenarioVersionId }, select: { id: true, definitionJson: true } });
      versions.set(version.id, version);
    }
    return { origin: options.origin, moduleId: cpdModule.id, moduleTitle: cpdModule.title, definition: readDefinition(version), attempt };
  };
  const inModule = { scenarioVersion: { scenario: { moduleId: cpdModule.id } } };

  let cursor: string | undefined;
  for (;;) {
    const events = await db.attemptEvent.findMany({
      where: { attempt: inModule, ...(within ? { createdAt: within } : {}) },
      orderBy: { id: 'asc' },
      take: PAGE_SIZE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      // composedText is deliberately not selected.
      select: {
        id: true,
        sceneId: true,
        kind: true,
        choiceId: true,
        optionsShownJson: true,
        checkResultsJson: true,
        createdAt: true,
        attempt: { select: { id: true, userId: true, scenarioVersionId: true } },
      },
    });
    for (const event of events) {
      yield decisionStatement(await scopeOf(event.attempt), {
        id: event.id,
        sceneId: event.sceneId,
        kind: event.kind,
        choiceId: event.choiceId,
        optionsShown: JSON.parse(event.optionsShownJson) as string[],
        checkResults: event.checkResultsJson ? (JSON.parse(event.checkResultsJson) as CheckResult[]) : null,
        createdAt: event.createdAt,
      });
    }
    if (events.length < PAGE_SIZE) break;
    cursor = events.at(-1)?.id;
  }

  cursor = undefined;
  for (;;) {
    const attempts: Array<{ id: string; userId: string; scenarioVersionId: string; completedAt: Date | null; endingId: string | null; points: number; activeSeconds: number }> =
      await db.attempt.findMany({
      where: { ...inModule, status: 'completed', completedAt: within ?? { not: null } },
      orderBy: { id: 'asc' },
      take: PAGE_SIZE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, userId: true, scenarioVersionId: true, completedAt: true, endingId: true, points: true, activeSeconds: true },
    });
    for (const attempt of attempts) {
      if (!attempt.completedAt) continue;
      yield completionStatement(await scopeOf(attempt), { ...attempt, completedAt: attempt.completedAt });
    }
    if (attempts.length < PAGE_SIZE) break;
    cursor = attempts.at(-1)?.id;
  }
}
