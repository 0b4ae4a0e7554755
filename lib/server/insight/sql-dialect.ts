import 'server-only';
import { Prisma } from '@/lib/generated/sqlite/client';
import type { Database } from '@/lib/server/db/client';
import type { Provider } from '@/lib/server/db/provider';

/**
 * The few SQL expressions insight aggregation needs that SQLite and PostgreSQL spell differently.
 * Everything else in the insight queries is portable SQL; values always go in as parameters.
 */
export interface SqlDialect {
  provider: Provider;
  /** `"InsightTally" t` read through InsightTally_day_idx (SQLite's planner would rather scan the primary key to skip a sort). */
  tallyByDay: Prisma.Sql;
  /** The UTC calendar day of a timestamp column as YYYY-MM-DD text. */
  utcDay(timestamp: Prisma.Sql): Prisma.Sql;
  /** Seconds between two timestamp columns (SQLite stores ISO 8601 text, PostgreSQL timestamps). */
  secondsBetween(later: Prisma.Sql, earlier: Prisma.Sql): Prisma.Sql;
  /** 1-based position of `needle` (a choice id) in a JSON array of choice ids stored as text. */
  positionInJsonArray(needle: Prisma.Sql, jsonText: Prisma.Sql): Prisma.Sql;
  /** The `value` (current scene) of a persisted XState snapshot stored as JSON text. */
  snapshotState(jsonText: Prisma.Sql): Prisma.Sql;
  /** Joins one row `r` per CheckResult of the JSON array in `jsonText` (a column of an earlier FROM item). */
  joinCheckResults(jsonText: Prisma.Sql): Prisma.Sql;
  /** The check name, and 1/0 for passed, of the row `r`. */
  checkName: Prisma.Sql;
  checkPassed: Prisma.Sql;
  /** Joins one row `w` per matched word of the CheckResult row `r`. */
  joinMatchedWords: Prisma.Sql;
  /** The matched word of the row `w`. */
  matchedWord: Prisma.Sql;
}

const sqlite: SqlDialect = {
  provider: 'sqlite',
  tallyByDay: Prisma.sql`"InsightTally" t INDEXED BY "InsightTally_day_idx"`,
  utcDay: (timestamp) => Prisma.sql`strftime('%Y-%m-%d', ${timestamp})`,
  secondsBetween: (later, earlier) => Prisma.sql`CAST(ROUND((julianday(${later}) - julianday(${earlier})) * 86400) AS INTEGER)`,
  // Choice ids never contain quotes, so counting the quotes before the match counts the elements.
  positionInJsonArray: (needle, jsonText) =>
    Prisma.sql`((LENGTH(SUBSTR(${jsonText}, 1, INSTR(${jsonText}, '"' || ${needle} || '"'))) - LENGTH(REPLACE(SUBSTR(${jsonText}, 1, INSTR(${jsonText}, '"' || ${needle} || '"')), '"', ''))) / 2 + 1)`,
  snapshotState: (jsonText) => Prisma.sql`json_extract(${jsonText}, '$.value')`,
  // Table-valued json_each may take columns of earlier FROM items (SQLite's implicit lateral join).
  joinCheckResults: (jsonText) => Prisma.sql`JOIN json_each(${jsonText}) r`,
  checkName: Prisma.sql`json_extract(r.value, '$.check')`,
  checkPassed: Prisma.sql`json_extract(r.value, '$.passed')`,
  joinMatchedWords: Prisma.sql`JOIN json_each(json_extract(r.value, '$.matches')) w`,
  matchedWord: Prisma.sql`w.value`,
};

const postgresql: SqlDialect = {
  provider: 'postgresql',
  tallyByDay: Prisma.sql`"InsightTally" t`,
  // Prisma stores DateTime as timestamp without time zone, in UTC.
  utcDay: (timestamp) => Prisma.sql`to_char(${timestamp}, 'YYYY-MM-DD')`,
  secondsBetween: (later, earlier) => Prisma.sql`CAST(ROUND(EXTRACT(EPOCH FROM (${later} - ${earlier}))) AS INTEGER)`,
  positionInJsonArray: (needle, jsonText) =>
    Prisma.sql`((LENGTH(SUBSTR(${jsonText}, 1, STRPOS(${jsonText}, '"' || ${needle} || '"'))) - LENGTH(REPLACE(SUBSTR(${jsonText}, 1, STRPOS(${jsonText}, '"' || ${needle} || '"')), '"', ''))) / 2 + 1)`,
  snapshotState: (jsonText) => Prisma.sql`(CAST(${jsonText} AS jsonb) ->> 'value')`,
  joinCheckResults: (jsonText) => Prisma.sql`CROSS JOIN LATERAL jsonb_array_elements(CAST(${jsonText} AS jsonb)) AS r(item)`,
  checkName: Prisma.sql`(r.item ->> 'check')`,
  checkPassed: Prisma.sql`CASE WHEN (r.item ->> 'passed') = 'true' THEN 1 ELSE 0 END`,
  joinMatchedWords: Prisma.sql`CROSS JOIN LATERAL jsonb_array_elements_text(r.item -> 'matches') AS w(word)`,
  matchedWord: Prisma.sql`w.word`,
};

/**
 * The dialect of the client's database. Prisma records the provider the client was generated for;
 * both generated clients share one type, so it is read from the instance.
 */
export function dialectOf(client: Database): SqlDialect {
  const provider = (client as unknown as { _activeProvider?: string })._activeProvider;
  return provider === 'postgresql' ? postgresql : sqlite;
}
