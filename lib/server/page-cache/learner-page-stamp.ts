import 'server-only';
import { createHash } from 'node:crypto';
import { isPastDue } from '@/lib/dashboard/progress';
import { readSessionFromCookieHeader } from '@/lib/server/auth/read-session-by-token';
import { db } from '@/lib/server/db/client';
import { directSql } from '@/lib/server/db/direct-sql';
import type { LearnerPageReads } from './serve-learner-pages';
import { instantOfStoredText } from './stored-instant';
import { ukDayAt } from './uk-day-at';

/**
 * Every row `/learn` and a scenario page read for one learner (ADR 028 lists which part reads
 * what), in one statement that runs on SQLite and PostgreSQL alike. Small per-learner sets are read
 * as their values (names, roles, due dates, revocations), so a change to a column without a change
 * time (a practice renamed, a role changed) still changes the stamp; the learner's attempts as
 * counts, sums and latest times, so a deletion changes the count. The library (everyone's) is read
 * as each version table's row count and latest publication: titles and places change only with a
 * new version row (every publish writes a module version: publishLibrary, publishDraft,
 * publishModuleDraft), the count moves with every insert and deletion even when two publishes
 * commit out of their clocks' order, so one aggregate per table replaces a sum over every title.
 * Every value is text, so both providers union them alike. `?` is the learner's id, seven times.
 */
const stampSql = `SELECT 'user' AS "part", CAST(u."updatedAt" AS TEXT) AS "a", u."name" AS "b", u."certificateName" AS "c", u."email" AS "d",
    CAST(u."isAdmin" AS TEXT) AS "e", CAST(u."suspendedAt" AS TEXT) AS "f", u."registrantType" AS "g", u."teamRole" AS "h"
  FROM "User" u WHERE u."id" = ?
UNION ALL
SELECT 'attempts', CAST(COUNT(*) AS TEXT), CAST(MAX(t."updatedAt") AS TEXT), CAST(MAX(t."startedAt") AS TEXT), CAST(SUM(t."sequence") AS TEXT),
    CAST(SUM(t."activeSeconds") AS TEXT), CAST(SUM(t."feedbackReadSequence") AS TEXT), CAST(SUM(CASE WHEN t."status" = 'completed' THEN 1 ELSE 0 END) AS TEXT), NULL
  FROM "Attempt" t WHERE t."userId" = ?
UNION ALL
SELECT 'practice', m."practiceId", m."role", p."name", p."organisationId", CAST(m."createdAt" AS TEXT), NULL, NULL, NULL
  FROM "PracticeMembership" m JOIN "Practice" p ON p."id" = m."practiceId" WHERE m."userId" = ?
UNION ALL
SELECT 'organisation', om."organisationId", om."role", o."name", CAST(om."createdAt" AS TEXT),
    CAST((SELECT COUNT(*) FROM "Practice" gp WHERE gp."organisationId" = o."id") AS TEXT), NULL, NULL, NULL
  FROM "OrganisationMembership" om JOIN "Organisation" o ON o."id" = om."organisationId" WHERE om."userId" = ?
UNION ALL
SELECT 'studio', r."role", NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM "StudioRole" r WHERE r."userId" = ?
UNION ALL
SELECT 'assignment', a."id", a."moduleId", CAST(a."dueAt" AS TEXT), p."name", b."certificateName", b."name", NULL, NULL
  FROM "Assignment" a
  JOIN "PracticeMembership" m ON m."practiceId" = a."practiceId" AND m."userId" = ?
  JOIN "Practice" p ON p."id" = a."practiceId"
  LEFT JOIN "User" b ON b."id" = a."assignedById"
UNION ALL
SELECT 'certificate', c."id", c."moduleId", c."moduleVersionId", CAST(c."issuedAt" AS TEXT), CAST(c."revokedAt" AS TEXT), NULL, NULL, NULL
  FROM "Certificate" c WHERE c."userId" = ?
UNION ALL
SELECT 'library',
    (SELECT CAST(COUNT(*) AS TEXT) || '/' || CAST(MAX(v."publishedAt") AS TEXT) FROM "ModuleVersion" v),
    (SELECT CAST(COUNT(*) AS TEXT) || '/' || CAST(MAX(v."publishedAt") AS TEXT) FROM "ScenarioVersion" v),
    NULL, NULL, NULL, NULL, NULL, NULL
ORDER BY 1, 2`;

/** One row of stampSql: which part, and its values as text. */
type StampRow = Record<'part' | 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h', string | null>;

/**
 * The change stamp of learner `userId`'s `/learn` and scenario pages at `now`: equal stamps mean
 * the pages show the same thing. It is a SHA-256 (hex) over every row those pages and their layout
 * read (stampSql), the Europe/London calendar day of `now` ("due soon" is counted in UK days), and
 * for each assignment whether its due instant has passed at `now` (isPastDue, the test the pages'
 * standings use: "overdue" begins at that instant, wherever in a day it falls). Nothing else on
 * the pages depends on the clock. One query. Throws AppError('STORAGE_UNAVAILABLE') when the
 * database does not answer.
 */
export async function learnerPageStamp(userId: string, now: Date): Promise<string> {
  const rows = await directSql(db).query<StampRow>(stampSql, [userId, userId, userId, userId, userId, userId, userId]);
  const hash = createHash('sha256');
  hash.update(ukDayAt(now));
  for (const row of rows) {
    const pastDue = row.part === 'assignment' && row.c !== null ? isPastDue(instantOfStoredText(row.c), now) : null;
    hash.update(`\n${JSON.stringify([row.part, row.a, row.b, row.c, row.d, row.e, row.f, row.g, row.h, pastDue])}`);
  }
  return hash.digest('hex');
}

/** The reads serveLearnerPages makes: the session by the rules every page uses, and the stamp. */
export const learnerPageReads: LearnerPageReads = { readSession: readSessionFromCookieHeader, stamp: learnerPageStamp };
