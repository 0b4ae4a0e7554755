import Link from 'next/link';
import type { ReactNode } from 'react';
import type { AssignmentStanding } from '@/lib/catalogue/assignment-standing';
import { formatLongDate } from '@/lib/cpd/plain-date';

/** One assignment as the learner's pages show it. */
export interface AssignmentRow {
  moduleId: string;
  moduleTitle: string;
  practiceName: string;
  assignedBy: string | null;
  dueAt: Date | null;
  standing: AssignmentStanding;
}

const base = 'inline-flex w-fit items-center rounded-full border px-2.5 py-0.5 text-sm font-semibold';
// Words carry the meaning; the colours only repeat it (WCAG 1.4.1), each pair at 4.5:1 or more in both schemes.
const badges: Record<AssignmentStanding, { label: string; className: string }> = {
  overdue: { label: 'Overdue', className: 'border-red-800 bg-red-50 text-red-900 dark:border-red-300 dark:bg-red-950 dark:text-red-100' },
  'due-soon': { label: 'Due soon', className: 'border-amber-800 bg-amber-50 text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50' },
  'due-later': { label: 'Assigned', className: 'border-slate-500 text-slate-800 dark:border-slate-400 dark:text-slate-100' },
  'no-date': { label: 'Assigned', className: 'border-slate-500 text-slate-800 dark:border-slate-400 dark:text-slate-100' },
  done: { label: 'Completed', className: 'border-emerald-800 bg-emerald-50 text-emerald-900 dark:border-emerald-300 dark:bg-emerald-950 dark:text-emerald-100' },
};

/** "Due 30 November 2026" on the UK calendar, or that no date was set. */
function dueText(row: AssignmentRow): string {
  return row.dueAt ? `Due ${formatLongDate(row.dueAt)}` : 'No due date';
}

/** Due date, who set it and the standing badge of one assignment, without the module's name. */
function Standing({ row, children }: { row: AssignmentRow; children?: ReactNode }) {
  const badge = badges[row.standing];
  return (
    <li className="flex flex-col gap-2 rounded-xl border border-slate-300 bg-white p-4 sm:flex-row sm:items-center sm:justify-between dark:border-slate-600 dark:bg-slate-900">
      <div className="min-w-0 space-y-1">
        {children}
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <span className={row.standing === 'overdue' ? 'font-semibold' : undefined}>{dueText(row)}</span> · assigned by{' '}
          {row.assignedBy ? `${row.assignedBy}, ${row.practiceName}` : row.practiceName}
        </p>
      </div>
      <span className={`${base} ${badge.className}`}>{badge.label}</span>
    </li>
  );
}

/**
 * The assignments of one module, for under the heading that already names it: due date, who set
 * it and where the learner stands, one line per practice that assigned it. A card that named the
 * module again, straight after its heading, read as the module twice in a row (a user trial,
 * issue 18). Renders nothing when the module is not assigned.
 */
export function ModuleAssignments({ rows, moduleId }: { rows: readonly AssignmentRow[]; moduleId: string }) {
  const mine = rows.filter((row) => row.moduleId === moduleId);
  if (mine.length === 0) return null;
  return (
    <ul aria-label="Assigned to you" className="space-y-2">
      {mine.map((row) => (
        <Standing key={row.practiceName} row={row} />
      ))}
    </ul>
  );
}

/**
 * The modules the learner's practices assigned, with the due date, who set it and where the
 * learner stands (overdue and due soon in words as well as colour), each named as a link to its
 * section on /learn. For the assignments of modules the page does not otherwise show: a module
 * with its own section says its assignments there (`ModuleAssignments`), so each module is named
 * once. Renders nothing when there are none.
 */
export function AssignmentList({ rows, headingLevel = 2 }: { rows: readonly AssignmentRow[]; headingLevel?: 2 | 3 }) {
  if (rows.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="assigned-to-you" className="space-y-3">
      <Heading id="assigned-to-you" className="text-xl font-semibold">
        Assigned to you
      </Heading>
      <ul className="space-y-3">
        {rows.map((row) => (
          <Standing key={`${row.practiceName}:${row.moduleId}`} row={row}>
            <Link href={`/learn#module-${row.moduleId}`} className="font-semibold text-sky-800 underline underline-offset-4 hover:no-underline dark:text-sky-300">
              {row.moduleTitle}
            </Link>
          </Standing>
        ))}
      </ul>
    </section>
  );
}
