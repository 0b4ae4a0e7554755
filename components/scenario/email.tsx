import type { ReactNode } from 'react';
import { MAIL_GLYPH, Icon } from '@/components/ui/icon';
import { CARD, MUTED } from './platform-style';

export interface EmailProps {
  from: string;
  to: string;
  subject: string;
  body: ReactNode;
}

/** An email with its From, To and Subject headers. */
export function Email({ from, to, subject, body }: EmailProps) {
  return (
    <article aria-label={`Email from ${from}: ${subject}`} className={CARD}>
      <header className="border-b border-slate-200 p-3 dark:border-slate-700 sm:p-4">
        <p className="flex items-center gap-2 text-lg font-semibold">
          <Icon glyph={MAIL_GLYPH} className={`size-5 ${MUTED}`} />
          <span className="min-w-0">{subject}</span>
        </p>
        <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 text-sm">
          <dt className={MUTED}>From</dt>
          <dd>{from}</dd>
          <dt className={MUTED}>To</dt>
          <dd>{to}</dd>
          <dt className={MUTED}>Subject</dt>
          <dd>{subject}</dd>
        </dl>
      </header>
      <div className="space-y-3 p-3 sm:p-4">{body}</div>
    </article>
  );
}
