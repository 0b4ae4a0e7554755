import Link from 'next/link';
import type { ReactNode } from 'react';
import { RowWithActions } from '@/components/ui/row-with-actions';
import { RowHeading, TableHead } from '@/components/ui/table-headings';
import { TableScroll } from '@/components/ui/table-scroll';
import type { DashboardSummary } from '@/lib/dashboard/model';

/** One row of the group table: a site and the whole-practice summary from its dashboard. */
export interface SiteSummary {
  practiceId: string;
  name: string;
  summary: DashboardSummary;
}

const cellClass = 'px-3 py-2 text-right tabular-nums';
const linkClass = 'font-medium break-words text-sky-800 underline dark:text-sky-300';

/** A share as a whole percentage, or a dash when nothing is required. */
function completion({ completed, required }: DashboardSummary): string {
  return required === 0 ? '–' : `${Math.floor((completed / required) * 100)}%`;
}

/**
 * Every site of a group with its staff, completion of assigned work, people overdue and people
 * due this month, each site's name linking to its own dashboard. `actions` renders what the
 * viewer may do to a site (a group owner's "Remove from group"), when given in a row of its own
 * under the site's (RowWithActions): in a last column it was off the screen of a phone.
 */
export function SiteSummaryTable({ sites, actions }: { sites: readonly SiteSummary[]; actions?: (site: SiteSummary) => ReactNode }) {
  const columns = [
    { label: 'Practice', className: 'px-3 py-2 text-left' },
    { label: 'Staff', className: 'px-3 py-2 text-right' },
    { label: 'Assigned work complete', className: 'px-3 py-2 text-right' },
    { label: 'Overdue', className: 'px-3 py-2 text-right' },
    { label: 'Due this month', className: 'px-3 py-2 text-right' },
  ];
  return (
    <TableScroll label="Practices in the group">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">Each practice in the group, with its staff and progress on assigned modules</caption>
        <TableHead columns={columns} rowClassName="border-b-2 border-slate-400 dark:border-slate-500" />
        <tbody>
          {sites.map((site) => {
            const cells = (
              <>
                <RowHeading className="px-3 py-2">
                  <Link href={`/practice/${encodeURIComponent(site.practiceId)}`} className={linkClass}>
                    {site.name}
                    <span className="sr-only"> dashboard</span>
                  </Link>
                </RowHeading>
                <td className={cellClass}>{site.summary.staff}</td>
                <td className={cellClass}>{completion(site.summary)}</td>
                <td className={cellClass}>{site.summary.overdue}</td>
                <td className={cellClass}>{site.summary.dueThisMonth}</td>
              </>
            );
            return actions ? (
              <RowWithActions key={site.practiceId} span={columns.length} actions={<div className="px-3">{actions(site)}</div>}>
                {cells}
              </RowWithActions>
            ) : (
              <tr key={site.practiceId} className="border-b border-slate-300 align-top dark:border-slate-600">
                {cells}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
