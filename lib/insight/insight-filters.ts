import { z } from 'zod';
import { isPlainDate, startOfNextUkDay, startOfUkDay } from '@/lib/cpd/plain-date';
import { REGISTRANT_TYPES } from '@/lib/cpd/registrant-types';

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankAsMissing = (value: unknown) => {
  const first = single(value);
  return typeof first === 'string' && first.trim() === '' ? undefined : first;
};
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD.').refine(isPlainDate, 'Not a calendar date.');

const filtersSchema = z
  .object({
    version: z.preprocess(blankAsMissing, z.string().max(100).optional()),
    from: z.preprocess(blankAsMissing, isoDay.optional()),
    to: z.preprocess(blankAsMissing, isoDay.optional()),
    registrantType: z.preprocess(blankAsMissing, z.enum(REGISTRANT_TYPES, { message: 'Not a GDC registrant type.' }).optional()),
    practice: z.preprocess(blankAsMissing, z.string().max(100).optional()),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, { message: 'The start date is after the end date.', path: ['to'] });

/**
 * Insight filters from a URL: scenario version id, attempts started from/to (inclusive UK calendar
 * days as YYYY-MM-DD on the UK calendar), GDC registrant type and practice id. All optional.
 */
export type InsightFilters = z.infer<typeof filtersSchema>;

/** Reads and validates the filters; a bad value gives the message naming it (AppError-free, for pages and routes). */
export function parseInsightFilters(searchParams: Record<string, string | string[] | undefined>):
  | { ok: true; filters: InsightFilters }
  | { ok: false; message: string } {
  const parsed = filtersSchema.safeParse(searchParams);
  if (parsed.success) return { ok: true, filters: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `${issue?.path.join('.') || 'filters'}: ${issue?.message ?? 'invalid'}` };
}

/**
 * The [start, end) instants a filter's inclusive UK calendar days cover (issue 11: every date is a
 * Europe/London date): `start` is 00:00 UK time on `from`, `end` 00:00 UK time on the day after `to`,
 * so an attempt started at 00:30 BST on 1 August falls on 1 August. A missing side stays open.
 */
export function dateRangeOf(filters: Pick<InsightFilters, 'from' | 'to'>): { start?: Date; end?: Date } {
  return {
    start: filters.from ? startOfUkDay(filters.from) : undefined,
    end: filters.to ? startOfNextUkDay(filters.to) : undefined,
  };
}
