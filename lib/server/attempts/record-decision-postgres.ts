import 'server-only';
import { randomUUID } from 'node:crypto';
import { activeTimeCredit } from '@/lib/play/active-time-credit';
import { readSqlDate, type DirectSql, type DirectSqlQueryable, type SqlValue } from '@/lib/server/db/direct-sql';
import type { DecisionWrite } from './record-decision-write';

/** What the save does to the learner's clock: move it by a credit, or leave it. */
type ClockChange = 'move' | 'keep';

// One statement per save (ADR 021): data-modifying CTEs that PostgreSQL runs atomically, in one
// round trip, with the same compare-and-sets as SQLite's transaction. Every write hangs off
// "locked", the attempt's row locked at the expected sequence: a save that lost the race (another
// tab, a double click) finds no row there once the winner commits, so it writes nothing at all.
// Rows are locked in the order heartbeats lock them (the clock, then the attempt), so the two
// never deadlock: an uncorrelated EXISTS is an init plan, run before the attempt is scanned.
// Fixed texts, every value a bound parameter; the casts give a type to values PostgreSQL cannot
// infer from a SELECT list.
const lockClock = `"clockLocked" AS (
  SELECT 1 FROM "LearnerActivity" WHERE "userId" = ? FOR UPDATE
), `;
const lockAttempt = (afterClock: boolean) => `"locked" AS (
  SELECT "id" FROM "Attempt" WHERE "id" = ? AND "userId" = ? AND "sequence" = ? AND "status" = 'in-progress'${afterClock ? ' AND EXISTS (SELECT 1 FROM "clockLocked")' : ''}
  FOR UPDATE
)`;
const clockChanges: Record<ClockChange, string> = {
  // Compare-and-set against the clock as read: a report that moved it since credited this stretch instead.
  move: `, "clock" AS (
  UPDATE "LearnerActivity" SET "creditedUntil" = ? WHERE "userId" = ? AND "creditedUntil" = ? AND EXISTS (SELECT 1 FROM "locked")
  RETURNING 1
)`,
  keep: '',
};
const advanceSet = '"sequence" = ?, "snapshotJson" = ?, "points" = ?, "updatedAt" = ?';
const addCredit = ', "activeSeconds" = "activeSeconds" + CASE WHEN EXISTS (SELECT 1 FROM "clock") THEN ? ELSE 0 END';
const complete = ', "status" = \'completed\', "endingId" = ?, "rating" = ?, "completedAt" = ?';
const insertEvent = `, "event" AS (
  INSERT INTO "AttemptEvent"
  ("id", "attemptId", "sequence", "sceneId", "kind", "optionsShownJson", "choiceId", "composedText", "checkResultsJson", "contentHash", "createdAt")
  SELECT ?, a."id", a."sequence", ?, ?, ?, ?, ?, ?, ?, CAST(? AS timestamp(3)) FROM "advanced" a
)`;
const insertCredit = `, "credit" AS (
  INSERT INTO "ActiveTimeCredit" ("id", "userId", "attemptId", "startedAt", "endedAt", "seconds")
  SELECT ?, ?, a."id", CAST(? AS timestamp(3)), CAST(? AS timestamp(3)), CAST(? AS integer) FROM "advanced" a WHERE EXISTS (SELECT 1 FROM "clock")
)`;

/** The statement for one kind of save: with or without an ending, and what it does to the clock. */
function saveText(toEnding: boolean, clock: ClockChange): string {
  const moves = clock === 'move';
  const set = `${advanceSet}${moves ? addCredit : ''}${toEnding ? complete : ''}`;
  return `WITH ${moves ? lockClock : ''}${lockAttempt(moves)}${clockChanges[clock]}, "advanced" AS (
  UPDATE "Attempt" SET ${set} WHERE "id" IN (SELECT "id" FROM "locked") RETURNING "id", "sequence"
)${insertEvent}${moves ? insertCredit : ''}
SELECT EXISTS (SELECT 1 FROM "advanced") AS "advanced"`;
}

// All four texts, made once: each is prepared once per connection under its own name (direct-sql.ts).
const saveTexts = new Map<string, string>();
for (const toEnding of [false, true]) for (const clock of ['move', 'keep'] as const) saveTexts.set(`${toEnding}:${clock}`, saveText(toEnding, clock));

// Starts the learner's clock at the time given, or reads it and locks its row: the upsert of
// credit-active-time.ts (moveLearnerClock), which heartbeats run first too.
const startOrReadClock = `INSERT INTO "LearnerActivity" ("userId", "creditedUntil") VALUES (?, ?)
  ON CONFLICT ("userId") DO UPDATE SET "userId" = excluded."userId"
  RETURNING "creditedUntil"`;

/** Thrown inside the first save's transaction to roll it back when the attempt moved on. */
class MovedOn extends Error {}

/**
 * Writes `write` on PostgreSQL in one statement, one round trip, where a transaction took seven
 * (BEGIN, five statements, COMMIT; issue 19, ADR 021). The credit is worked out here from the
 * clock as the attempt's read found it (activeTimeCredit, the one rule) and applied only if the
 * clock still holds that value; otherwise the report that moved it credited the stretch and this
 * save credits nothing, as the clock's compare-and-set always allowed. Returns false, with nothing
 * written, when the attempt moved on. A unique violation (the event's sequence taken) is thrown
 * for the caller to read as stale.
 *
 * The learner's first report of all (no clock when read) is a transaction instead, once per
 * learner: it starts the clock (or locks the one another report started since) before the save
 * locks the attempt, in the order heartbeats lock them. Inserting the clock after locking the
 * attempt, in the one statement, deadlocked with a report that moved a clock started meanwhile
 * and then waited for the attempt (ADR 021, addendum "first save").
 */
export async function writeDecisionOnPostgres(sql: DirectSql, write: DecisionWrite): Promise<boolean> {
  if (write.attempt.creditedUntil !== null) return writeInOneStatement(sql, write);
  try {
    return await sql.transaction(async (tx) => {
      const [clock] = await tx.query<{ creditedUntil: Date }>(startOrReadClock, [write.userId, write.now]);
      const advanced = await writeInOneStatement(tx, { ...write, attempt: { ...write.attempt, creditedUntil: clock!.creditedUntil } });
      if (!advanced) throw new MovedOn();
      return true;
    });
  } catch (error) {
    if (error instanceof MovedOn) return false;
    throw error;
  }
}

/** The one statement of writeDecisionOnPostgres, for a learner whose clock was read (not null). */
async function writeInOneStatement(sql: DirectSqlQueryable, write: DecisionWrite): Promise<boolean> {
  const { userId, attempt, sequence, ending, stored, now } = write;
  const storedClock = attempt.creditedUntil!;
  // The decision saved here is the interaction: the idle limit counts from `now`.
  const credit = activeTimeCredit({ creditedUntil: readSqlDate(storedClock), now, claimedSeconds: write.activeSecondsDelta, lastInteractionAt: now });
  const clock: ClockChange = credit ? 'move' : 'keep';

  // In the order of the text's placeholders.
  const params: SqlValue[] = credit ? [userId] : [];
  params.push(attempt.id, userId, attempt.sequence);
  if (credit) params.push(credit.endedAt, userId, storedClock);
  // `updatedAt` as Prisma's @updatedAt sets it: the time of the write.
  params.push(sequence, write.snapshotJson, write.points, new Date());
  if (credit) params.push(credit.seconds);
  if (ending) params.push(ending.id, ending.rating, now);
  params.push(randomUUID(), stored.sceneId, stored.kind, stored.optionsShownJson, stored.choiceId, stored.composedText, stored.checkResultsJson, attempt.contentHash, now);
  if (credit) params.push(randomUUID(), userId, credit.startedAt, credit.endedAt, credit.seconds);

  const [row] = await sql.query<{ advanced: boolean }>(saveTexts.get(`${Boolean(ending)}:${clock}`)!, params);
  return row?.advanced === true;
}
