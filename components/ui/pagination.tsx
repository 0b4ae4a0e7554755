import Link from 'next/link';

export interface PaginationProps {
  /** 1-based current page. */
  page: number;
  /** At least 1. */
  pageCount: number;
  /** The URL of a page, keeping whatever else the view has in its query string. */
  hrefFor: (page: number) => string;
  /** Names the navigation landmark, e.g. "Staff pages". */
  label: string;
}

const linkClass =
  'inline-flex min-h-11 items-center rounded-lg px-3 font-semibold text-sky-800 underline hover:bg-slate-100 dark:text-sky-300 dark:hover:bg-slate-800';

/**
 * Previous / next links with the page number between: plain links, so paging works without
 * JavaScript and every page has its own URL. Links that would leave the range are not drawn.
 */
export function Pagination({ page, pageCount, hrefFor, label }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2">
      {page > 1 ? (
        <Link href={hrefFor(1)} className={linkClass}>
          First
        </Link>
      ) : null}
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, pageCount))} className={linkClass} rel="prev">
          Previous
        </Link>
      ) : null}
      <span aria-current="page" className="px-2">
        Page {Math.min(page, pageCount)} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
          Next
        </Link>
      ) : null}
      {page < pageCount ? (
        <Link href={hrefFor(pageCount)} className={linkClass}>
          Last
        </Link>
      ) : null}
    </nav>
  );
}
