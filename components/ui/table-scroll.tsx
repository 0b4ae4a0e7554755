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
 * Every table in the app sits in one (tests/unit/ui/every-table-scrolls.test.ts). `label` makes the
 * box a named region reachable by keyboard, for tables that are usually wider than the screen.
 */
export function TableScroll({ children, className, label }: { children: ReactNode; className?: string; label?: string }) {
  const classes = `relative min-w-0 max-w-full overflow-x-auto${className ? ` ${className}` : ''}`;
  // A table that is usually wider than the screen (a source diff) is a named region the keyboard can scroll.
  if (label) {
    return (
      <div className={classes} role="region" aria-label={label} tabIndex={0}>
        {children}
      </div>
    );
  }
  return <div className={classes}>{children}</div>;
}
