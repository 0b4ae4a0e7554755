import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getEnv } from '@/lib/env';
import { listOutboxEmails } from '@/lib/server/email/list-outbox-emails';
import { formatUkDateTime } from '@/lib/cpd/plain-date';

export const metadata: Metadata = { title: 'Demo outbox', robots: { index: false } };

// Always read at request time: EMAIL_OUTBOX decides whether this page exists at all.
export const dynamic = 'force-dynamic';

const urlPattern = /(https?:\/\/[^\s<>"]+)/g;

/** Email text with its links made clickable, so a demo user can follow a sign-in link. */
function EmailText({ text }: { text: string }) {
  return (
    <p className="whitespace-pre-wrap break-words">
      {text.split(urlPattern).map((part, index) =>
        // split() with a capturing group puts the matched URLs at odd indexes.
        index % 2 === 1 ? (
          <a key={index} href={part} className="font-semibold text-sky-800 underline dark:text-sky-300">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}

/**
 * The demo outbox: every email the app would have sent, newest first. It exists only with
 * EMAIL_OUTBOX=true, because anyone who can read it can sign in as anyone.
 */
export default async function OutboxPage() {
  if (!getEnv().EMAIL_OUTBOX) notFound();
  const emails = await listOutboxEmails();

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Demo outbox</h1>
        <p className="text-slate-700 dark:text-slate-300">
          No email is really sent in this demo. Messages appear here instead, newest first. Anyone who can open this page can sign in
          as anyone, so real deployments set SMTP_URL and turn the outbox off.
        </p>
      </div>
      {emails.length === 0 ? (
        <p>No messages yet. Ask for a sign-in link and it will appear here.</p>
      ) : (
        <ol className="space-y-4">
          {emails.map((email) => (
            <li key={email.id} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
              <article aria-label={`${email.subject} to ${email.to}`} className="space-y-2">
                <h2 className="font-semibold">{email.subject}</h2>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  To {email.to} ·{' '}
                  <time dateTime={email.createdAt.toISOString()}>
                    {formatUkDateTime(email.createdAt)}
                  </time>
                </p>
                <EmailText text={email.text} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
