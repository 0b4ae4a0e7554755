import type { ReactNode } from 'react';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { formatUkDateTime } from '@/lib/cpd/plain-date';
import { personName } from '@/lib/server/studio/read-draft';
import { oldestVersionNote } from '@/lib/studio/oldest-version-note';
import { sourceDiff } from '@/lib/studio/source-diff';
import { SourceDiffView } from './source-diff-view';

const FROM_FILES = 'the content team (from files)';

type Person = { name: string | null; email: string };

/** One published version as the history lists it; `use` says what rests on it, e.g. "3 attempts on it". */
export type HistoryVersion = {
  id: string;
  version: number;
  publishedAt: Date;
  source: string | null;
  author: Person | null;
  reviewer: Person | null;
  use: string;
};

/**
 * A studio history page (scenario or module): the heading, whatever the page puts under it, then
 * every published version newest first with who wrote and approved it, what rests on it and the
 * diff from the version before. `diffSubject` names the text in the diff caption ("module.yaml").
 */
export function VersionHistory({
  heading,
  versions,
  diffSubject,
  children,
}: {
  heading: string;
  versions: readonly HistoryVersion[];
  diffSubject?: string;
  children?: ReactNode;
}) {
  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: '/studio', label: 'Authoring studio' }]} />
      <h1 className="text-3xl font-bold">{heading}</h1>
      {children}
      <ol className="space-y-8">
        {versions.map((version, index) => {
          const previous = versions[index + 1];
          const headingId = `version-${version.version}-${index}`;
          return (
            <li key={version.id}>
              <section aria-labelledby={headingId} className="space-y-2">
                <h2 id={headingId} className="text-xl font-semibold">
                  Version {version.version}
                </h2>
                <p>
                  Published {formatUkDateTime(version.publishedAt)} · written by {version.author ? personName(version.author) : FROM_FILES} · approved by{' '}
                  {version.reviewer ? personName(version.reviewer) : FROM_FILES} · {version.use}
                </p>
                {version.source === null ? (
                  <p>The text of this version was not kept (published before the studio).</p>
                ) : previous ? (
                  previous.source === null ? (
                    <p>No diff: the text of version {previous.version} was not kept.</p>
                  ) : (
                    <SourceDiffView
                      hunks={sourceDiff(previous.source, version.source)}
                      caption={`Changes${diffSubject ? ` to ${diffSubject}` : ''} from version ${previous.version} to ${version.version}`}
                    />
                  )
                ) : (
                  <p>{oldestVersionNote(version.version)}</p>
                )}
              </section>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
