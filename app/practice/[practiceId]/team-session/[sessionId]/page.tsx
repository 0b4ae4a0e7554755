import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { CheckResults } from '@/components/player/check-results';
import { RatingBadge, ratingLabel } from '@/components/player/rating-badge';
import { renderScenario, type RenderedScenario } from '@/components/scenario/render-scenario';
import { PlayVariablesProvider } from '@/components/scenario/show-when';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { QrCode } from '@/components/ui/qr-code';
import { TitledSection } from '@/components/ui/titled-section';
import { isAppError } from '@/lib/errors';
import { recordIdSchema } from '@/lib/forms/id-schema';
import { displayJoinCode } from '@/lib/team/join-code';
import type { VoteSpread } from '@/lib/team/vote-spread';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { publicOrigin } from '@/lib/server/http/public-origin';
import { getPresenterView, type GroupDecision, type PresenterView } from '@/lib/server/team/get-presenter-view';
import { ActionForm } from '@/components/team/action-form';
import { LiveRefresh } from '@/components/team/live-refresh';
import { PresenterCpdNotice } from '@/components/team/presenter-cpd-notice';
import { TextareaField } from '@/components/ui/control-fields';
import { FormFieldset } from '@/components/ui/form-field';
import {
  continueTeamSessionAction,
  endTeamSessionAction,
  revealTeamVotesAction,
  submitGroupReplyAction,
  takeGroupChoiceAction,
} from '../actions';
import { countOf } from '@/lib/text/plural';

export const metadata: Metadata = { title: 'Team session: presenter', robots: { index: false } };

const mutedClass = 'text-slate-700 dark:text-slate-300';

async function loadView(actorId: string, practiceId: string, sessionId: string): Promise<PresenterView> {
  if (!recordIdSchema.safeParse(sessionId).success) notFound();
  try {
    return await getPresenterView({ actorId, practiceId, sessionId });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

/** Each choice's share of the votes, as words and a bar (the bar is decoration; the words carry it). */
function SpreadList({ spread, labels, taken }: { spread: VoteSpread; labels: RenderedScenario['labels']; taken?: string | null }) {
  return (
    <ul className="flex flex-col gap-3">
      {spread.rows.map((row) => {
        const share = spread.total === 0 ? 0 : Math.round((row.votes / spread.total) * 100);
        return (
          <li key={row.choiceId} className="flex flex-col gap-1">
            <span>
              {labels[row.choiceId]}
              {taken === row.choiceId ? <strong> (the group&apos;s choice)</strong> : null}
            </span>
            <span className="font-semibold">
              {countOf(row.votes, 'vote')} ({share}%)
            </span>
            <span aria-hidden="true" className="block h-3 rounded bg-slate-200 dark:bg-slate-700">
              <span className="block h-3 rounded bg-sky-700 dark:bg-sky-300" style={{ width: `${share}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * How to join, large enough to read across a room: the public origin's /team and the code, and a
 * QR code of the join link (code included) for phones to scan, with the link and code as text.
 */
function JoinPanel({ code }: { code: string }) {
  const joinUrl = `${publicOrigin()}/team?code=${code}`;
  return (
    <section aria-labelledby="join-heading" className="flex flex-col gap-4 rounded-lg border-2 border-slate-700 p-4 sm:flex-row sm:items-start dark:border-slate-300">
      <div className="flex min-w-0 flex-col gap-1">
        <h2 id="join-heading" className="text-lg font-semibold">
          Join on your phone
        </h2>
        <p>
          Go to <span className="font-semibold break-all">{`${publicOrigin()}/team`}</span> and enter
        </p>
        <p className="font-mono text-4xl font-bold tracking-widest">
          <span aria-hidden="true">{displayJoinCode(code)}</span>
          <span className="sr-only">Join code {code.split('').join(' ')}</span>
        </p>
        <p className={`text-sm break-all ${mutedClass}`}>
          Or open <a href={joinUrl} className="text-sky-800 underline underline-offset-4 dark:text-sky-300">{joinUrl}</a>
        </p>
      </div>
      <figure aria-labelledby="join-qr-caption" className="flex shrink-0 flex-col items-start gap-1">
        <QrCode text={joinUrl} label={`QR code of the join link ${joinUrl}, code ${displayJoinCode(code)}`} pixels={192} />
        <figcaption id="join-qr-caption" className={`text-sm ${mutedClass}`}>
          Scan to join with code {displayJoinCode(code)}
        </figcaption>
      </figure>
    </section>
  );
}

/** The group's path at the end: each decision, what the group took, and how the votes fell. */
function GroupPath({ decisions, content }: { decisions: GroupDecision[]; content: RenderedScenario }) {
  if (decisions.length === 0) return <p>The group took no decisions.</p>;
  return (
    <ol className="flex list-decimal flex-col gap-4 pl-6">
      {decisions.map((decision) => (
        <li key={decision.round} className="flex flex-col gap-2">
          {decision.choiceId ? (
            <>
              <p>The group went with: {content.labels[decision.choiceId]}</p>
              {decision.spread ? <SpreadList spread={decision.spread} labels={content.labels} taken={decision.choiceId} /> : null}
            </>
          ) : (
            <p>The group wrote: “{decision.composedText}”</p>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The presenter's screen: the scene, how to join, the votes as counts, and the buttons that move the session on. */
export default async function TeamSessionPresenterPage({ params }: { params: Promise<{ practiceId: string; sessionId: string }> }) {
  const { practiceId, sessionId } = await params;
  const user = await requirePageUser(`/practice/${practiceId}/team-session/${sessionId}`);
  const view = await loadView(user.id, practiceId, sessionId);
  const content = renderScenario(view.definition);
  const fields = { practiceId, sessionId, round: String(view.round) };
  const { position, context } = view.now;
  const last = view.decisions.at(-1);
  const variables = { flags: context.flags, counters: context.counters };
  // A new step gets fresh forms: a message about the last step must not linger on the next.
  const formKey = `${view.phase}-${view.round}`;

  let stage: ReactNode;
  if (view.endedAt) {
    stage = (
      <TitledSection headingId="ended-heading" title="This session has ended" className="flex flex-col gap-3">
        <PresenterCpdNotice cpd={view.cpd} earliestEnd={view.cpdEarliestEnd} reachedEnding={position.kind === 'ending'} />
        {position.kind === 'ending' ? <GroupPath decisions={view.decisions} content={content} /> : null}
        <p>
          <Link href={`/practice/${encodeURIComponent(practiceId)}/team-session`} className="text-sky-800 underline underline-offset-4 dark:text-sky-300">
            Start another session
          </Link>
        </p>
      </TitledSection>
    );
  } else if (view.phase === 'feedback' && last) {
    stage = (
      <TitledSection headingId="feedback-heading" title="What the group decided" className="flex flex-col gap-4">
        {last.choiceId ? (
          <>
            <p className="text-lg">The group went with: {content.labels[last.choiceId]}</p>
            {content.feedback[last.choiceId] ?? <p>This choice has no feedback of its own: discuss why the group chose it.</p>}
          </>
        ) : (
          <>
            <p className="text-lg">The group&apos;s reply: “{last.composedText}”</p>
            <CheckResults text={last.composedText ?? ''} results={last.checkResults ?? []} />
          </>
        )}
        <ActionForm key={formKey} action={continueTeamSessionAction} fields={fields} submitLabel={position.kind === 'ending' ? 'See the ending' : 'Next scene'} />
      </TitledSection>
    );
  } else if (position.kind === 'ending') {
    stage = (
      <TitledSection headingId="ending-heading" title={position.ending.title ?? ratingLabel(position.ending.rating)} className="flex flex-col gap-4">
        <RatingBadge rating={position.ending.rating} />
        {content.endings[position.ending.id]}
        <h3 className="text-lg font-semibold">The group&apos;s path</h3>
        <GroupPath decisions={view.decisions} content={content} />
      </TitledSection>
    );
  } else {
    const scene = position.scene;
    stage = (
      <TitledSection headingId="scene-heading" title={`Decision ${view.round}${scene.title ? `: ${scene.title}` : ''}`} className="flex flex-col gap-4">
        <PlayVariablesProvider value={variables}>{content.scenes[scene.id]}</PlayVariablesProvider>
        {scene.decision.kind === 'compose' ? (
          <ActionForm key={formKey} action={submitGroupReplyAction} fields={fields} submitLabel="Check the group's reply">
            <div className="flex flex-col gap-2">{content.prompts[scene.id]}</div>
            <TextareaField id="group-reply" name="text" label="The reply the group agreed" rows={5} maxLength={5000} required />
          </ActionForm>
        ) : view.phase === 'voting' ? (
          <>
            <ol className="flex list-decimal flex-col gap-2 pl-6 text-lg">
              {view.now.shown.map((choiceId) => (
                <li key={choiceId}>{content.labels[choiceId]}</li>
              ))}
            </ol>
            <p role="status" className="text-lg font-semibold">
              {view.votesCast} of {countOf(view.participants, 'person has', 'people have')} voted
            </p>
            <ActionForm key={formKey} action={revealTeamVotesAction} fields={fields} submitLabel="Reveal the votes" />
          </>
        ) : view.spread ? (
          <ActionForm key={formKey} action={takeGroupChoiceAction} fields={fields} submitLabel="Go with this choice">
            <SpreadList spread={view.spread} labels={content.labels} />
            <FormFieldset id="group-choice" name="choiceId" legend="Which choice does the group go with?" required className="flex flex-col">
              {view.spread.rows.map((row) => (
                <label key={row.choiceId} className="flex min-h-11 items-start gap-3">
                  <input type="radio" name="choiceId" value={row.choiceId} defaultChecked={row.choiceId === view.spread?.leader} className="mt-1 size-5" />
                  <span>{content.labels[row.choiceId]}</span>
                </label>
              ))}
            </FormFieldset>
            <p className={mutedClass}>
              {view.spread.leader ? 'The most-voted choice is selected; change it if the discussion moved the group.' : 'No single choice leads: pick the one the group settles on.'}
            </p>
          </ActionForm>
        ) : null}
      </TitledSection>
    );
  }

  return (
    <div className="flex min-w-0 flex-col gap-6">
      <Breadcrumb trail={[{ href: `/practice/${encodeURIComponent(practiceId)}/team-session`, label: 'Team session' }]} />
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold break-words sm:text-3xl">{view.definition.title}</h1>
        <p className={mutedClass}>
          Team session at {view.practiceName} · {countOf(view.participants, 'person', 'people')} joined
        </p>
      </div>
      {view.endedAt ? null : <JoinPanel code={view.joinCode} />}
      {stage}
      {view.endedAt ? null : (
        <ActionForm key={formKey} action={endTeamSessionAction} fields={fields} submitLabel="End the session" variant="secondary" className="border-t border-slate-300 pt-4 dark:border-slate-600">
          <PresenterCpdNotice cpd={view.cpd} earliestEnd={view.cpdEarliestEnd} reachedEnding={position.kind === 'ending'} />
        </ActionForm>
      )}
      <LiveRefresh sessionId={view.sessionId} revision={view.revision} />
    </div>
  );
}
