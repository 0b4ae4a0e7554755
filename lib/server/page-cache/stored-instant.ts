/**
 * The instant a timestamp column holds, from its text as `CAST(… AS TEXT)` gives it on either
 * provider: PostgreSQL's `timestamp(3)` (Prisma keeps UTC there, without a zone) reads
 * `2026-12-01 12:00:02.5`, SQLite's column holds what Prisma wrote (ISO 8601 with a `+00:00`
 * offset), and a time with a zone (`…+01`, `…Z`) means that zone. Zoneless text is UTC, as Prisma writes it;
 * digits alone are milliseconds since 1970 (Prisma's older SQLite rows).
 * Throws RangeError for anything else, rather than compare against an invalid date.
 */
export function instantOfStoredText(text: string): Date {
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) return checked(new Date(Number(trimmed)), text);
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(trimmed);
  if (!match) throw new RangeError(`Not a stored instant: ${text}`);
  const [, date, time, zone] = match as unknown as [string, string, string, string | undefined];
  return checked(new Date(`${date}T${time}${zoneOf(zone)}`), text);
}

/** `Z` for none (UTC), else `±hh:mm`. */
function zoneOf(zone: string | undefined): string {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3) || '00'}`;
}

function checked(instant: Date, text: string): Date {
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a stored instant: ${text}`);
  return instant;
}
