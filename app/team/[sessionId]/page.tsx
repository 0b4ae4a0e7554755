import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatCpdTime } from '@/lib/cpd/credited-hours';
import { isAppError } from '@/lib/errors';
import { recordIdSchema } from '@/lib/forms/id-schema';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { getParticipantView, type ParticipantView } from '@/lib/server/team/get-participant-view';
import { readGuestToken } from '@/lib/server/team/guest-cookie';
import { TEAM_REFLECTION_MAX, TEAM_REFLECTION_MIN } from '@/lib/server/team/record-team-cpd';
import { ActionForm } from '@/components/team/action-form';
import { castTeamVoteAction, recordTeamCpdAction } from '../actions';
import { LiveRefresh } from '@/components/team/live-refresh';
import { TextareaField } from '@/components/ui/control-fields';
import { FormFieldset } from '@/components/ui/form-field';

export const metadata: Metadata = { title: 'Team session', robots: { index: false } };

const linkClass = 'text-sky-800 underline underline-offset-4 dark:text-sky-300';

async function loadView(sessionId: string): Promise<ParticipantView | null> {
  if (!recordIdSchema.safeParse(sessionId).success) return null;
  const user = await getCurrentUser();
  try {
    return await getParticipantView({ sessionId, userId: user?.id, guestToken: await readGuestToken(sessionId) });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** After the session: a signed-in participant records it as team CPD; guests are told why they cannot. */
function Recording({ view }: { view: ParticipantView }) {
  if (!view.endingTitle) return <p>The session ended before the scenario reached an ending, so it cannot be recorded as CPD.</p>;
  // A record made stays shown as made, whatever the participant's later records of overlapping sessions now cover.
  if (view.recordedMinutes !== null) {
    // A status: it replaces the form the moment the record is saved, so it is announced.
    return (
      <p role="status">
        Recorded in your CPD record: {formatCpdTime(view.recordedMinutes)} of team CPD.{' '}
        <Link href="/cpd" className={linkClass}>
          See your CPD record
        </Link>
      </p>
    );
  }
  // The server's measure decides, before the form is offered: the same rule recording applies.
  if (view.cpd && !view.cpd.recordable) return <p>{view.cpd.reason}</p>;
  if (view.guest) return <p>You joined as a guest, so there is no CPD record to add this to. Sign in before joining next time to record team sessions.</p>;
  return (
    <ActionForm action={recordTeamCpdAction} fields={{ sessionId: view.sessionId }} submitLabel="Record as team CPD">
      <TextareaField
        id="team-reflection"
        name="reflection"
        label={view.reflectionPrompt}
        hint={`Your reflection is private to you. You will be credited ${formatCpdTime(view.cpd?.minutes ?? 0)}: your time from joining to the end of the session, as the server measured it, less any of it already in your CPD record.`}
        rows={6}
        required
        minLength={TEAM_REFLECTION_MIN}
        maxLength={TEAM_REFLECTION_MAX}
      />
    </ActionForm>
  );
}

/** What a phone shows at each point of the session. */
function Stage({ view }: { view: ParticipantView }): ReactNode {
  if (view.ended) {
    return (
      <section aria-labelledby="ended-heading" className="flex flex-col gap-3">
        <h2 id="ended-heading" className="text-xl font-semibold">
          This session has ended
        </h2>
        <Recording view={view} />
      </section>
    );
  }
  if (view.phase === 'ending') return <p>The scenario has ended{view.endingTitle ? `: ${view.endingTitle}` : ''}. Talk through the debrief on the screen.</p>;
  if (view.phase === 'feedback') return <p>The group went with {view.groupChoice ? `“${view.groupChoice}”` : 'its reply'}. Discuss the feedback on the screen.</p>;
  if (view.phase === 'revealed') return <p>Voting has closed. Look at the screen for how the votes fell.</p>;
  if (view.writtenReply) return <p>This step is a written reply. Agree it together; the presenter types it on the screen.</p>;
  const mine = view.choices.find((choice) => choice.id === view.myVote);
  return (
    <ActionForm key={view.round} action={castTeamVoteAction} fields={{ sessionId: view.sessionId, round: String(view.round) }} submitLabel={mine ? 'Change my vote' : 'Vote'}>
      <FormFieldset id="team-vote" name="choiceId" legend={`Decision ${view.round}: what would you do?`} required className="flex flex-col">
        {view.choices.map((choice) => (
          <label key={choice.id} className="flex min-h-11 items-start gap-3 rounded-lg border-2 border-slate-300 p-3 dark:border-slate-600">
            <input type="radio" name="choiceId" value={choice.id} defaultChecked={choice.id === view.myVote} className="mt-1 size-5 shrink-0" />
            <span>{choice.label}</span>
          </label>
        ))}
      </FormFieldset>
      {mine ? <p>You voted: “{mine.label}”. You can change it until the presenter reveals the votes.</p> : null}
    </ActionForm>
  );
}

/** A participant's phone: the open decision's choices in the session's order, and their own vote only. */
export default async function TeamSessionPhonePage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const view = await loadView(sessionId);
  if (!view) {
    return (
      <div className="flex max-w-md flex-col gap-4">
        <h1 className="text-2xl font-bold">Team session</h1>
        <p>You have not joined this session on this phone.</p>
        <p>
          <Link href="/team" className={linkClass}>
            Enter a join code
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold break-words">{view.title}</h1>
      <Stage view={view} />
      {view.ended ? null : <LiveRefresh sessionId={view.sessionId} revision={view.revision} />}
    </div>
  );
}
