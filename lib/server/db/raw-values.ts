/** A row of a raw SQL query ($queryRaw), its columns named by their SQL aliases. */
export type RawRow = Record<string, unknown>;

/**
 * A number from a raw query's column: SQLite answers counts and sums as number or bigint,
 * PostgreSQL as bigint or (for numeric sums) a string, and an empty sum as null, read as 0.
 */
export const rawNumber = (value: unknown): number => Number(value ?? 0);

/** A text column of a raw query; null (no value) reads as the empty string. */
export const rawText = (value: unknown): string => String(value ?? '');
