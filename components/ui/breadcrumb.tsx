import Link from 'next/link';
import { Fragment } from 'react';

/** One step back up the site: where it goes and what it is called. */
export interface BreadcrumbStep {
  href: string;
  label: string;
}

/** The links back up the site above a page's heading, as one labelled navigation landmark. */
export function Breadcrumb({ trail }: { trail: readonly BreadcrumbStep[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      {trail.map((step, index) => (
        <Fragment key={step.href}>
          {index > 0 ? ' / ' : null}
          <Link href={step.href} className="text-sky-800 underline underline-offset-4 dark:text-sky-300">
            {step.label}
          </Link>
        </Fragment>
      ))}
    </nav>
  );
}
