// No 'server-only' guard: the fold runs in the start step too (fold-insight.ts).
import { UK_TIME_ZONE, ukClockAheadSpans } from '@/lib/cpd/plain-date';
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
  /**
   * The UK calendar date (Europe/London, issue 11) of a timestamp column as YYYY-MM-DD text: 00:30 BST
   * on 1 August is '2026-08-01' although it is still 31 July in UTC. `years` are the instants whose
   * UTC years the column's values lie in (SQLite, which has no time-zone data, spells out those years'
   * summer-time spans; a value outside them is read as GMT). PostgreSQL uses its own zone data.
   */
  ukDay(timestamp: Prisma.Sql, years: { from: Date; to: Date }): Prisma.Sql;
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
  ukDay: (timestamp, years) => {
    // Prisma's SQLite adapter stores DateTime as ISO 8601 text ('…T23:30:00.000+00:00'); strftime
    // normalises it to the toISOString() form so the span bounds compare as text, to the millisecond.
    const utc = Prisma.sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${timestamp})`;
    const spans = ukClockAheadSpans(years.from, years.to);
    if (spans.length === 0) return Prisma.sql`strftime('%Y-%m-%d', ${timestamp})`;
    const cases = spans.map(
      ({ start, end, minutes }) => Prisma.sql`WHEN ${utc} >= ${start.toISOString()} AND ${utc} < ${end.toISOString()} THEN ${`+${minutes} minutes`}`,
    );
    return Prisma.sql`strftime('%Y-%m-%d', ${timestamp}, CASE ${Prisma.join(cases, ' ')} ELSE '+0 minutes' END)`;
  },
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
  // Prisma stores DateTime as timestamp(3) without time zone, holding UTC: mark it as UTC, then read
  // the wall-clock time in London. The zone is a constant, written into the SQL so the expression stays parameter-free.
  ukDay: (timestamp) => Prisma.sql`to_char((${timestamp} AT TIME ZONE 'UTC') AT TIME ZONE ${Prisma.raw(`'${UK_TIME_ZONE}'`)}, 'YYYY-MM-DD')`,
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
