import 'server-only';

/**
 * What a studio history page shows of each published version (scenario or module alike): number,
 * date, the text as published (null when published before texts were kept) and who wrote and
 * approved it (null when published from files). Newest first, as `publishedVersionsOrder` sorts.
 */
export const publishedVersionFields = {
  id: true,
  version: true,
  publishedAt: true,
  source: true,
  author: { select: { name: true, email: true } },
  reviewer: { select: { name: true, email: true } },
} as const;

/** Newest first; two versions published in the same instant fall back to the higher number first. */
export const publishedVersionsOrder = [{ publishedAt: 'desc' }, { version: 'desc' }] as const;
