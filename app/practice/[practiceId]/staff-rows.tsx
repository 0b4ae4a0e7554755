import Link from 'next/link';
import type { DashboardModule, DashboardRow } from '@/lib/dashboard/model';
import { inGroupsOf } from '@/lib/render/yield-to-event-loop';
import { afterUrgentWork } from '@/lib/server/scheduling/urgent-work';
import { StatusBadge } from './status-badge';

/**
 * Rows rendered per turn of the event loop. A 25-row page of 12 scenarios was one render of about
 * 400 cells; while two owners reloaded it back to back, a learner's save waited behind whole
 * renders (`npm run bench:dashboard`). Five rows keep each turn short and the groups few.
 */
const ROWS_PER_TURN = 5;

interface StaffRowsProps {
  rows: readonly DashboardRow[];
  modules: readonly DashboardModule[];
  practiceId: string;
  /** The id of the reminder form, outside the table, that each row's checkbox belongs to. */
  remindersFormId: string;
  linkClass: string;
  /** Classes that keep the Name column in view while the table scrolls sideways. */
  nameClass: string;
}

/** The staff table's body rows: each member's name and their status in every module and scenario, rendered a few rows per turn. */
export function StaffRows(props: StaffRowsProps) {
  return inGroupsOf(props.rows, ROWS_PER_TURN).map((group) => <StaffRowGroup key={group[0]!.userId} {...props} rows={group} />);
}

async function StaffRowGroup({ rows, modules, practiceId, remindersFormId, linkClass, nameClass }: StaffRowsProps) {
  // A learner's save in flight goes first (asUrgentWork): this page is a report, a save is a person waiting.
  await afterUrgentWork();
  return rows.map((row) => (
    <tr key={row.userId} className="border-b align-top">
      <td>
        <input type="checkbox" form={remindersFormId} name="userId" value={row.userId} aria-label={`Remind ${row.name}`} className="size-5" />
      </td>
      <th scope="row" className={`px-2 py-1 text-left font-normal ${nameClass}`}>
        <Link href={`/practice/${practiceId}/staff/${row.userId}`} className={linkClass}>
          {row.name}
        </Link>
        <span className="block text-xs">{row.role === 'member' ? row.email : `${row.email} · ${row.role}`}</span>
      </th>
      {modules.flatMap((module, index) => {
        const moduleCell = row.modules[index];
        return [
          <td key={module.id} className="border-l">
            {moduleCell ? <StatusBadge progress={moduleCell} /> : null}
          </td>,
          ...module.scenarios.map((scenario) => {
            const cell = row.scenarios[scenario.id];
            return <td key={scenario.id}>{cell ? <StatusBadge progress={cell} /> : null}</td>;
          }),
        ];
      })}
    </tr>
  ));
}
