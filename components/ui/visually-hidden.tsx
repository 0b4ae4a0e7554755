import type { ReactNode } from 'react';

/** Text for screen readers only (Tailwind's `sr-only`), e.g. the words behind an icon. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="sr-only">{children}</span>;
}
