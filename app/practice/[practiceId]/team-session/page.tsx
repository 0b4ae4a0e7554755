import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { TitledSection } from '@/components/ui/titled-section';
import { isAppError } from '@/lib/errors';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { listTeamSessionChoices, type TeamSessionChoices } from '@/lib/server/team/list-team-session-choices';
import { ActionForm } from '@/components/team/action-form';
import { SelectField } from '@/components/ui/control-fields';
import { formatDate } from '../format';
import { startTeamSessionAction } from './actions';

export const metadata: Metadata = { title: 'Team session', robots: { index: false } };

const linkClass = 'text-sky-800 underline underline-offset-4 dark:text-sky-300';

async function loadChoices(actorId: string, practiceId: string): Promise<TeamSessionChoices> {
  try {
    return await listTeamSessionChoices({ actorId, practiceId });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

/** Owners and managers start a team session of any published scenario, or go back to one running. */
export default async function TeamSessionStartPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const user = await requirePageUser(`/practice/${practiceId}/team-session`);
  const choices = await loadChoices(user.id, practiceId);
  const presenter = (sessionId: string) => `/practice/${encodeURIComponent(practiceId)}/team-session/${encodeURIComponent(sessionId)}`;

  return (
    <div className="flex min-w-0 flex-col gap-8">
      <Breadcrumb trail={[{ href: `/practice/${encodeURIComponent(practiceId)}`, label: choices.practiceName }]} />
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">Team session</h1>
        <p className="max-w-prose">
          Play a scenario together at a practice meeting. Put this screen on the surgery display; staff join from their phones with a short
          code, vote on each decision anonymously, and you reveal the spread and the feedback before moving on. Signed-in staff can record
          the session as team CPD at the end.
        </p>
      </div>

      <TitledSection headingId="start-heading" title="Start a session" className="flex max-w-2xl flex-col gap-3">
        {choices.scenarios.length === 0 ? (
          <p>No scenario is published yet.</p>
        ) : (
          <ActionForm action={startTeamSessionAction} fields={{ practiceId }} submitLabel="Start team session">
            <SelectField
              id="team-scenario"
              name="scenarioId"
              label="Scenario"
              required
              choose="Choose a scenario"
              options={choices.scenarios.map((scenario) => ({ value: scenario.id, text: `${scenario.title} (${scenario.moduleTitle})` }))}
            />
          </ActionForm>
        )}
      </TitledSection>

      <TitledSection headingId="running-heading" title="Sessions still running" className="flex flex-col gap-3">
        {choices.running.length === 0 ? (
          <p>None. A session runs until its presenter ends it.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {choices.running.map((session) => (
              <li key={session.id}>
                <Link href={presenter(session.id)} className={linkClass}>
                  {session.title}
                </Link>{' '}
                <span className="text-slate-700 dark:text-slate-300">started {formatDate(session.startedAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </TitledSection>
    </div>
  );
}
