import type { ReactNode } from 'react';
import Link from 'next/link';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Button } from '@/components/ui/button';
import { formatUkDateTime } from '@/lib/cpd/plain-date';
import { personName } from '@/lib/server/studio/read-draft';
import { draftStatusLabels } from './draft-status';

type Person = { name: string | null; email: string } | null;
type Revision = { number: number; createdAt: Date; author: Person };

/** What a draft's edit page shows of it, scenario or module alike (the shape readDraft and readModuleDraft return). */
export type EditedDraft = {
  id: string;
  status: string;
  moduleId: string;
  latest: Revision & { source: string };
  revisions: readonly Revision[];
};

/**
 * The edit page of a draft, the same for a scenario and a module: where it stands, the link to its
 * review, then `editor` and "Send for review" while it may be edited (`editor` given), or its text
 * read-only (titled `sourceTitle`, followed by `readOnlyExtras`) when not; `children` under both,
 * and the list of revisions last.
 */
export function DraftPageFrame({
  draft,
  heading,
  standing,
  reviewHref,
  editor,
  submitAction,
  sourceTitle,
  readOnlyExtras,
  children,
}: {
  draft: EditedDraft;
  heading: string;
  /** What the status line adds after the module, e.g. ", published version 3". */
  standing: string;
  reviewHref: string;
  /** The form that edits the draft, or undefined when this user may not edit it now. */
  editor: ReactNode | undefined;
  /** Sends the draft for review (a bound server action). */
  submitAction: () => Promise<void>;
  sourceTitle: string;
  readOnlyExtras?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: '/studio', label: 'Authoring studio' }]} />
      <h1 className="text-3xl font-bold">{heading}</h1>
      <p>
        {draftStatusLabels[draft.status] ?? draft.status} · revision {draft.latest.number}, saved {formatUkDateTime(draft.latest.createdAt)} by{' '}
        {personName(draft.latest.author)} · module {draft.moduleId}
        {standing}
      </p>
      <p>
        <Link href={reviewHref} className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300">
          Review, discussion and publishing
        </Link>
      </p>
      {editor ? (
        <>
          {editor}
          {draft.status === 'editing' ? (
            <form action={submitAction} className="space-y-2">
              <p>When it is ready, a reviewer who has not written any of it reads it, comments and approves it or sends it back.</p>
              <Button type="submit" variant="secondary">
                Send for review
              </Button>
            </form>
          ) : null}
        </>
      ) : (
        <>
          <section aria-labelledby="source-heading" className="space-y-2">
            <h2 id="source-heading" className="text-xl font-semibold">
              {sourceTitle} (revision {draft.latest.number})
            </h2>
            <pre className="overflow-x-auto rounded-lg border-2 border-slate-300 p-3 text-sm dark:border-slate-700" tabIndex={0}>
              {draft.latest.source}
            </pre>
          </section>
          {readOnlyExtras}
        </>
      )}
      {children}
      <section aria-labelledby="revisions" className="space-y-2">
        <h2 id="revisions" className="text-xl font-semibold">
          Revisions
        </h2>
        <ol className="list-inside list-disc space-y-1">
          {draft.revisions.map((revision) => (
            <li key={revision.number}>
              Revision {revision.number}: {personName(revision.author)}, {formatUkDateTime(revision.createdAt)}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
