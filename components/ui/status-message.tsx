'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { focusOutcome } from './focus-outcome';

/**
 * A confirmation in a green box, announced politely (`role="status"`): the outcome a page shows
 * after an action redirected to it (`?notice=`). Each time the page is rendered with it, focus
 * moves to it if focus dropped to the page (focusOutcome), so the result is where the keyboard is.
 */
export function SuccessMessage({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // No dependencies: an action redirecting to the same notice again renders it anew (new
  // children from the server), and that outcome is as new as the first.
  useEffect(() => {
    if (ref.current) focusOutcome(ref.current);
  });
  return (
    <p
      ref={ref}
      role="status"
      tabIndex={-1}
      className="rounded-lg bg-emerald-50 p-3 text-emerald-900 focus:outline-2 focus:outline-offset-2 focus:outline-sky-700 dark:bg-emerald-950 dark:text-emerald-100 dark:focus:outline-sky-300"
    >
      {children}
    </p>
  );
}

/** A failure in a red box, announced at once (`role="alert"`). */
export function ErrorMessage({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">
      {children}
    </p>
  );
}
