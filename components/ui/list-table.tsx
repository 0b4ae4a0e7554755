import type { ReactNode } from 'react';
import { TableHead } from './table-headings';
import { TableScroll } from './table-scroll';

/**
 * A plain list as a table (the admin console's users, the studio's drafts, scenarios and modules):
 * left-aligned small text in the shared scroll box, one heading row of `columns` in order, and
 * `children` as its body rows (use ListRow, or RowWithActions for a row with a confirming tick).
 * Every column but the last keeps a gap on its right.
 * `label` names the scroll box, which the keyboard can focus (see TableScroll).
 */
export function ListTable({ label, columns, children }: { label: string; columns: readonly ReactNode[]; children: ReactNode }) {
  return (
    <TableScroll label={label}>
      <table className="w-full text-left text-sm">
        <TableHead
          rowClassName="border-b border-slate-300 dark:border-slate-700"
          columns={columns.map((label, index) => ({ label, className: index === columns.length - 1 ? 'py-2' : 'py-2 pr-4' }))}
        />
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}

/** One body row of a ListTable, ruled off from the next. */
export function ListRow({ children }: { children: ReactNode }) {
  return <tr className="border-b border-slate-200 dark:border-slate-800">{children}</tr>;
}
