import { TitledSection } from '@/components/ui/titled-section';
import { sourceDiff } from '@/lib/studio/source-diff';
import { SourceDiffView } from './source-diff-view';

/**
 * A draft's review section "Changes since published version N": the line diff from the published
 * text (or from nothing, titled `wholeTitle`, when nothing is published yet) to the latest revision.
 * `subject` names the text in the table caption ("module.yaml").
 */
export function DraftChanges({
  draft,
  wholeTitle,
  subject,
  className,
}: {
  draft: { published: { version: number; source: string | null } | null; latest: { number: number; source: string } };
  wholeTitle: string;
  subject?: string;
  className: string;
}) {
  const { published, latest } = draft;
  return (
    <TitledSection headingId="changes" title={published ? `Changes since published version ${published.version}` : wholeTitle} className={className}>
      <SourceDiffView
        hunks={sourceDiff(published?.source ?? '', latest.source)}
        caption={`Line changes${subject ? ` to ${subject}` : ''} from ${published ? `version ${published.version}` : 'nothing'} to revision ${latest.number}`}
      />
    </TitledSection>
  );
}
