import type { ReactNode } from 'react';

/**
 * The box every table sits in, so a table wider than the screen scrolls inside it and never widens
 * the page (WCAG 1.4.10 reflow, down to 320 px).
 *
 * `relative` makes the box the containing block of its absolutely positioned descendants. The
 * visually hidden text in cells (`sr-only`, for example "Certificate<span> for …</span>") is
 * `position: absolute`; with no positioned ancestor it is placed against the page instead, outside the
 * box's clipping, so the last column of a wide table widened the whole page on a phone (/cpd scrolled
 * sideways by 133 px at 375 px, issue 18). `min-w-0 max-w-full` keep the box inside a flex or grid parent.
 * Every table in the app sits in one (tests/unit/ui/every-table-scrolls.test.ts).
 *
 * The box is always a named region in the tab order, so a keyboard user can scroll it with the arrow
 * keys (WCAG 2.1.1; axe's `scrollable-region-focusable`). Any table can be wider than a 320 px phone
 * with long content, and a link inside the table is not enough: on /cpd at 375 px the Activities
 * table's links came before its Reflection column, which the keyboard could not reach (issue 18).
 * Whether the box overflows is known only in the browser, and the pages work without JavaScript, so
 * it is focusable at every width. `label` names the region (short: the table's caption says the rest).
 */
export function TableScroll({ children, className, label }: { children: ReactNode; className?: string; label: string }) {
  return (
    <div className={`relative min-w-0 max-w-full overflow-x-auto${className ? ` ${className}` : ''}`} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
