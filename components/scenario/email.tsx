import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { CARD, MUTED } from './platform-style';

export interface EmailProps {
  from: string;
  to: string;
  subject: string;
  body: ReactNode;
}

/** An email as a mail client opens it: the subject large, a header block (sender, From, To), the body, inert Reply and Forward. */
export function Email({ from, to, subject, body }: EmailProps) {
  return (
    <article aria-label={`Email from ${from}: ${subject}`} className={CARD}>
      <header className="border-b border-slate-200 p-3 dark:border-slate-700 sm:p-4">
        <p className="text-xl font-semibold">{subject}</p>
        <div className="mt-3 flex items-start gap-3">
          <Avatar name={from} />
          <dl className="grid min-w-0 flex-1 grid-cols-[auto_minmax(0,1fr)] gap-x-3 text-sm">
            <dt className={MUTED}>From</dt>
            <dd>{from}</dd>
            <dt className={MUTED}>To</dt>
            <dd>{to}</dd>
            <dt className={MUTED}>Subject</dt>
            <dd>{subject}</dd>
          </dl>
        </div>
      </header>
      <div className="space-y-3 p-3 sm:p-4">{body}</div>
      <p aria-hidden="true" className="flex gap-2 border-t border-slate-200 p-3 text-sm dark:border-slate-700 sm:p-4">
        <span className="rounded-full border border-slate-400 px-3 py-1">Reply</span>
        <span className="rounded-full border border-slate-400 px-3 py-1">Forward</span>
      </p>
    </article>
  );
}
