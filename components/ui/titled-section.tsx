import type { ReactNode } from 'react';

export interface TitledSectionProps {
  /** The id of the section's `<h2>`, which names the section for assistive technology. */
  headingId: string;
  title: ReactNode;
  className: string;
  children: ReactNode;
}

/** A page section labelled by its own `<h2>`, so the landmark and the heading read the same title. */
export function TitledSection({ headingId, title, className, children }: TitledSectionProps) {
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
