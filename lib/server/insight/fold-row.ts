/**
 * The id of the one `InsightFold` row (ADR 012). Its own module, free of Prisma, so that
 * `npm start`'s check before loading Prisma (scripts/start-work.ts) reads the same row the fold writes.
 */
export const FOLD_ROW = 'events';
