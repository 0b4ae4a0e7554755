'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A "Menu" button that shows and hides a list of links: the account navigation on a phone.
 *
 * Built on a native `<details>`/`<summary>` so it opens and closes with no JavaScript (the app's
 * pages all work without it; issue 18). Once React has hydrated it, it also behaves as the ARIA
 * disclosure pattern asks: the summary states `aria-expanded` and `aria-controls`, Escape closes it
 * and puts focus back on the button, and moving to another page or clicking elsewhere closes it (a
 * client-side navigation keeps the layout, so the menu would otherwise stay open on the next page).
 * No primitive library is in package.json, and `<details>` already gives the keyboard behaviour.
 *
 * `children` are the menu's links (and forms with a button), each at least 44 px tall, in a column
 * inside a panel that drops over the page below the header (the positioned `<nav>` around it is its
 * containing block). `className` places the button.
 */
export function PhoneMenu({ children, className }: { children: ReactNode; className?: string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const pathname = usePathname();
  // Adjusting state while rendering when the page changes, as React's docs advise over an effect.
  const [openedOn, setOpenedOn] = useState(pathname);
  if (openedOn !== pathname) {
    setOpenedOn(pathname);
    setOpen(false);
  }

  // Listening all the time and reading the element's own `open`, not React state: a listener added only
  // once the menu had opened missed a click that came before React had re-rendered.
  useEffect(() => {
    const closeIfOutside = (event: PointerEvent) => {
      const details = detailsRef.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeIfOutside);
    return () => document.removeEventListener('pointerdown', closeIfOutside);
  }, []);

  const closeOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return;
    event.preventDefault();
    setOpen(false);
    summaryRef.current?.focus();
  };

  return (
    <details
      ref={detailsRef}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={closeOnEscape}
      className={className}
    >
      <summary
        ref={summaryRef}
        aria-expanded={open}
        aria-controls={panelId}
        className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-slate-500 px-3 font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-400 dark:text-slate-100 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
        </svg>
        Menu
      </summary>
      <div
        id={panelId}
        className="absolute inset-x-0 top-full z-40 flex flex-col border-b border-slate-200 bg-white px-4 py-2 shadow-lg dark:border-slate-800 dark:bg-slate-900 [&_a]:flex [&_a]:min-h-11 [&_a]:items-center"
      >
        {children}
      </div>
    </details>
  );
}
