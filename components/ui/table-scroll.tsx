'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface ScrollRegionProps {
  children: ReactNode;
  /** Names the region (short: the content's own caption or heading says the rest). */
  label: string;
  /** The line shown under the box while content is out of sight to the right ("Scroll sideways for more columns"). */
  hint: string;
  /** Classes of the outer wrapper (margins, placement in a flex or grid parent). */
  className?: string;
  /** Classes of the scrolling box itself: its overflow (sideways only by default), size limits, border and focus ring. */
  boxClassName?: string;
}

/**
 * A box whose content may be wider than the screen: the content scrolls inside it and never widens
 * the page (WCAG 1.4.10 reflow, down to 320 px), and the box says so.
 *
 * `relative` makes the scroll box the containing block of its absolutely positioned descendants. The
 * visually hidden text in cells (`sr-only`, for example "Certificate<span> for …</span>") is
 * `position: absolute`; with no positioned ancestor it is placed against the page instead, outside the
 * box's clipping, so the last column of a wide table widened the whole page on a phone (/cpd scrolled
 * sideways by 133 px at 375 px, issue 18). `min-w-0 max-w-full` keep the box inside a flex or grid parent.
 *
 * The box is always a named region in the tab order, so a keyboard user can scroll it with the arrow
 * keys (WCAG 2.1.1; axe's `scrollable-region-focusable`). Any table or drawing can be wider than a
 * 320 px phone, and a link inside it is not enough: on /cpd at 375 px the Activities table's links
 * came before its Reflection column, which the keyboard could not reach (issue 18). Whether the box
 * overflows is known only in the browser, and the pages work without JavaScript, so it is focusable
 * at every width.
 *
 * While content is out of sight to the right, a shadow falls on the box's right edge and a line
 * under it (`hint`) says so, and describes the region: at 375 px the owner dashboard's cut-off staff
 * table, and at 320 px the studio's branch map, gave little sign that they scrolled (user trials,
 * issue 18). Both go once the right edge is in view, and never show where the content fits.
 */
export function ScrollRegion({ children, label, hint, className, boxClassName = 'overflow-x-auto' }: ScrollRegionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [more, setMore] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    // One pixel of slack: zoomed pages round scroll widths.
    const update = () => setMore(box.scrollWidth - box.clientWidth - box.scrollLeft > 1);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    box.addEventListener('scroll', update, { passive: true });
    return () => {
      observer.disconnect();
      box.removeEventListener('scroll', update);
    };
  }, []);
  return (
    <div className={`min-w-0 max-w-full${className ? ` ${className}` : ''}`}>
      <div className="relative">
        <div ref={ref} className={`relative min-w-0 max-w-full ${boxClassName}`} role="region" aria-label={label} aria-describedby={more ? hintId : undefined} tabIndex={0}>
          {children}
        </div>
        {more ? <div aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-0 w-6 bg-linear-to-l from-slate-900/25 to-transparent dark:from-black/70" /> : null}
      </div>
      {more ? (
        <p id={hintId} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The box every table sits in (a `ScrollRegion` saying "Scroll sideways for more columns"). Every
 * table in the app sits in one (tests/unit/ui/every-table-scrolls.test.ts). `label` names the region.
 */
export function TableScroll({ children, className, label }: { children: ReactNode; className?: string; label: string }) {
  return (
    <ScrollRegion label={label} hint="Scroll sideways for more columns" className={className}>
      {children}
    </ScrollRegion>
  );
}
