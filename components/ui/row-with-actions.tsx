import type { ReactNode } from 'react';

/**
 * A table body row whose actions take a confirming tick (`ConfirmCheckbox`): its cells (`children`)
 * in one row, then the actions in a row of their own under it, one cell across all `span` columns.
 * In a last column, a tick and its sentence sat past the right edge of a phone's screen inside the
 * sideways-scrolling table, or were clipped by it (/cpd's Delete, a group's "Remove from group",
 * the admin console's Suspend, user trial at 375 px). Here they start at the table's left edge and
 * stay at the visible left of its scroll box while it scrolls (`sticky`), no wider than the screen
 * less the page's side padding (`main`'s `px-4`), so the tick and the button are on screen without
 * scrolling anything at 320 px and up. `rowClassName`: the cells row's own classes (alignment,
 * background); the rule under the pair is drawn once, under the actions.
 */
export function RowWithActions({ span, actions, rowClassName = '', children }: { span: number; actions: ReactNode; rowClassName?: string; children: ReactNode }) {
  return (
    <>
      <tr className={`align-top ${rowClassName}`}>{children}</tr>
      <tr className="border-b border-slate-200 dark:border-slate-800">
        <td colSpan={span} className="pb-3">
          <div className="sticky left-0 flex max-w-[calc(100vw-2rem)] flex-wrap items-start gap-x-6 gap-y-3">{actions}</div>
        </td>
      </tr>
    </>
  );
}
