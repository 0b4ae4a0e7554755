import type { Metadata } from 'next';
import { TitledSection } from '@/components/ui/titled-section';
import { describeOutcomes } from '@/lib/cpd/development-outcomes';
import { readModuleFields } from '@/lib/studio/modules/module-fields';
import { DraftChanges } from '../../../../draft-changes';
import { DraftReview } from '../../../../draft-review';
import { loadModuleDraft } from '../load-module-draft';
import { ModuleChecks } from '../module-checks';
import { commentOnModuleAction, decideModuleAction, publishModuleAction } from './actions';
import { reviewPageInput, type ReviewPageProps } from '../../../../review-page-input';

export const metadata: Metadata = { title: 'Review module draft · Authoring studio', robots: { index: false } };

/** Reviewing a module draft: the module as learners will read it, the diff, the discussion, the verdict and publishing. */
export default async function ModuleReviewPage(props: ReviewPageProps) {
  const { draftId, notice, user } = await reviewPageInput(props, (id) => `/studio/modules/drafts/${id}/review`);
  const draft = await loadModuleDraft(user.id, draftId);
  const fields = readModuleFields(draft.latest.source);
  const titles = new Map(draft.scenarios.map((scenario) => [scenario.id, scenario.title]));

  return (
    <DraftReview
      user={user}
      draft={draft}
      draftPage={{ href: `/studio/modules/drafts/${draft.id}`, label: `Module draft: ${draft.moduleId}` }}
      heading={`Review module: ${fields?.title || draft.moduleId}`}
      notice={notice}
      commentAction={commentOnModuleAction.bind(null, draft.id)}
      decideAction={decideModuleAction.bind(null, draft.id)}
      publishAction={publishModuleAction.bind(null, draft.id)}
      publishNote={
        <>
          Publishing makes revision {draft.approvedRevision} the module&apos;s next version (the number is assigned now, whatever the text says) after the
          checks publishing from files runs. Learners part-way through keep the scenario versions they started, and certificates keep the module version they
          were issued for.
        </>
      }
    >
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

      <DraftChanges draft={draft} wholeTitle="The whole module.yaml" subject="module.yaml" className="space-y-3" />

      <ModuleChecks diagnostics={draft.diagnostics} />
    </DraftReview>
  );
}
