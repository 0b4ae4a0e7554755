import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { SuccessMessage } from '@/components/ui/status-message';
import { TitledSection } from '@/components/ui/titled-section';
import { formatUkDateTime } from '@/lib/cpd/plain-date';
import { describeOutcomes } from '@/lib/cpd/development-outcomes';
import { noticeFrom } from '@/lib/forms/notices';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { personName } from '@/lib/server/studio/read-draft';
import { readModuleFields } from '@/lib/studio/modules/module-fields';
import { sourceDiff } from '@/lib/studio/source-diff';
import { commentKindLabels, draftStatusLabels } from '../../../../draft-status';
import { DecisionForm, PublishForm } from '../../../../drafts/[draftId]/review/review-forms';
import { SourceDiffView } from '../../../../source-diff-view';
import { loadModuleDraft } from '../load-module-draft';
import { ModuleChecks } from '../module-checks';
import { commentOnModuleAction, decideModuleAction, publishModuleAction } from './actions';
import { ModuleCommentForm } from './module-comment-form';

export const metadata: Metadata = { title: 'Review module draft · Authoring studio', robots: { index: false } };

/** Reviewing a module draft: the module as learners will read it, the diff, the discussion, the verdict and publishing. */
export default async function ModuleReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ draftId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { draftId } = await params;
  const notice = noticeFrom(await searchParams);
  const user = await requirePageUser(`/studio/modules/drafts/${draftId}/review`);
  if (!can(user, 'studio.view')) notFound();
  const draft = await loadModuleDraft(user.id, draftId);
  const fields = readModuleFields(draft.latest.source);
  const titles = new Map(draft.scenarios.map((scenario) => [scenario.id, scenario.title]));
  const wroteSome = draft.authorIds.includes(user.id);
  const mayDecide = can(user, 'studio.review') && draft.status === 'in-review' && !wroteSome;

  return (
    <div className="space-y-8">
      <Breadcrumb
        trail={[
          { href: '/studio', label: 'Authoring studio' },
          { href: `/studio/modules/drafts/${draft.id}`, label: `Module draft: ${draft.moduleId}` },
        ]}
      />
      <h1 className="text-3xl font-bold">Review module: {fields?.title || draft.moduleId}</h1>
      {notice ? <SuccessMessage>{notice}</SuccessMessage> : null}
      <p>
        {draftStatusLabels[draft.status] ?? draft.status} · revision {draft.latest.number} by {personName(draft.latest.author)}
        {draft.status === 'approved' && draft.approvedRevision ? ` · revision ${draft.approvedRevision} approved by ${personName(draft.approvedBy)}` : ''}
      </p>

      {fields ? (
        <TitledSection headingId="as-learners-see-it" title="The module as learners and certificates will show it" className="space-y-3">
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Title</dt>
            <dd>{fields.title}</dd>
            <dt className="font-semibold">Aims</dt>
            <dd>{fields.aims}</dd>
            <dt className="font-semibold">Objectives</dt>
            <dd>
              <ul className="list-disc pl-6">
                {fields.objectives.map((objective) => (
                  <li key={objective}>{objective}</li>
                ))}
              </ul>
            </dd>
            <dt className="font-semibold">Development outcomes</dt>
            <dd>
              <ul className="list-disc pl-6">
                {describeOutcomes(fields.outcomes).map((outcome) => (
                  <li key={outcome.letter}>
                    <strong>{outcome.letter}</strong>: {outcome.text}
                  </li>
                ))}
              </ul>
            </dd>
            <dt className="font-semibold">Verifiable CPD hours</dt>
            <dd>{fields.hours}</dd>
            <dt className="font-semibold">Scenarios</dt>
            <dd>
              <ol className="list-decimal pl-6">
                {fields.scenarios.map((scenarioId) => (
                  <li key={scenarioId}>
                    {titles.get(scenarioId) ?? scenarioId} ({scenarioId})
                  </li>
                ))}
              </ol>
            </dd>
            <dt className="font-semibold">Quality assurance</dt>
            <dd>
              {fields.qualityAssurance.by}: {fields.qualityAssurance.statement}
            </dd>
          </dl>
        </TitledSection>
      ) : null}

      <TitledSection
        headingId="changes"
        title={draft.published ? `Changes since published version ${draft.published.version}` : 'The whole module.yaml'}
        className="space-y-3"
      >
        <SourceDiffView
          hunks={sourceDiff(draft.published?.source ?? '', draft.latest.source)}
          caption={`Line changes to module.yaml from ${draft.published ? `version ${draft.published.version}` : 'nothing'} to revision ${draft.latest.number}`}
        />
      </TitledSection>

      <ModuleChecks diagnostics={draft.diagnostics} />

      <TitledSection headingId="discussion" title="Discussion" className="space-y-3">
        {draft.comments.length === 0 ? (
          <p>No comments yet.</p>
        ) : (
          <ol className="space-y-3">
            {draft.comments.map((comment) => (
              <li key={comment.id} className="rounded-lg border-2 border-slate-300 p-3 dark:border-slate-700">
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  {personName(comment.author)} {commentKindLabels[comment.kind] ?? comment.kind}, {formatUkDateTime(comment.createdAt)}
                </p>
                <p className="whitespace-pre-wrap">{comment.text}</p>
              </li>
            ))}
          </ol>
        )}
        {can(user, 'studio.comment') && draft.status !== 'published' ? <ModuleCommentForm action={commentOnModuleAction.bind(null, draft.id)} /> : null}
      </TitledSection>

      {draft.status === 'in-review' ? (
        <TitledSection headingId="verdict" title="Verdict" className="space-y-3">
          {mayDecide ? (
            <DecisionForm action={decideModuleAction.bind(null, draft.id)} />
          ) : (
            <p>{wroteSome ? 'You wrote part of this draft, so another reviewer must approve it.' : 'A reviewer approves it or sends it back.'}</p>
          )}
        </TitledSection>
      ) : null}

      {draft.status === 'approved' && can(user, 'studio.publish') ? (
        <TitledSection headingId="publish" title="Publish" className="space-y-3">
          <p>
            Publishing makes revision {draft.approvedRevision} the module&apos;s next version (the number is assigned now, whatever the text says) after the
            checks publishing from files runs. Learners part-way through keep the scenario versions they started, and certificates keep the module version they
            were issued for.
          </p>
          <PublishForm action={publishModuleAction.bind(null, draft.id)} />
        </TitledSection>
      ) : null}
    </div>
  );
}
