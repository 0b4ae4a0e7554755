import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ErrorMessage, SuccessMessage } from '@/components/ui/status-message';
import { contentIdSchema } from '@/lib/forms/id-schema';
import { readTrialPath, trialPathQuery } from '@/lib/play/trial-path';
import { findSavedTrialPlay, readTrialReplay } from '@/lib/server/attempts/save-trial-path';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { findTrialScenarioId } from '@/lib/server/catalogue/find-trial-scenario-id';
import { SaveTrialForm } from './save-trial-form';
import { countOf } from '@/lib/text/plural';

export const metadata: Metadata = { title: 'Save your trial', robots: { index: false } };

const linkClass = 'font-semibold text-sky-800 underline underline-offset-4 hover:no-underline dark:text-sky-300';

/**
 * Where the trial's sign-in link comes back to: the trial's choices, replayed by the server,
 * offered to save as the learner's attempt with one button (a page view never writes). A link
 * the replay refuses (a newer version of the scenario, or choices the scenario does not offer)
 * says so and offers the scenario from the start; a play this learner saved before says so and
 * links to it, with no button (one link saves once).
 */
export default async function SaveTrialPage({
  params,
  searchParams,
}: {
  params: Promise<{ scenarioId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { scenarioId } = await params;
  if (!contentIdSchema.safeParse(scenarioId).success || scenarioId !== (await findTrialScenarioId())) notFound();
  const search = await searchParams;
  const path = readTrialPath(search);
  const user = await requirePageUser(`/try/${scenarioId}/save${path ? `?${trialPathQuery(path)}` : ''}`);
  const view = path ? await readTrialReplay({ scenarioId, path }) : null;
  const saved = path && view?.replay.ok ? await findSavedTrialPlay({ userId: user.id, view, path }) : null;
  const startFresh = view ? `/learn/${view.moduleId}/${view.scenarioId}` : '/learn';

  return (
    <div className="max-w-prose space-y-5">
      <Breadcrumb trail={[{ href: '/learn', label: 'My learning' }]} />
      <h1 className="text-2xl font-bold sm:text-3xl">Save your trial{view ? `: ${view.definition.title}` : ''}</h1>
      {!path || !view || !view.replay.ok ? (
        <>
          <ErrorMessage>
            {view && !view.replay.ok ? view.replay.message : 'This link does not carry a trial that can be saved.'} Nothing was saved.
          </ErrorMessage>
          <p>
            <Link href={startFresh} className={linkClass}>
              Start the scenario fresh
            </Link>
          </p>
        </>
      ) : saved ? (
        <>
          <SuccessMessage>This play was already saved to your learning record. Nothing more was saved.</SuccessMessage>
          <p className="flex flex-wrap gap-x-6 gap-y-2">
            <Link href={`/learn/${saved.moduleId}/${saved.scenarioId}`} className={linkClass}>
              Open your saved attempt
            </Link>
            <Link href="/learn" className={linkClass}>
              My learning
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>
            You made {countOf(view.replay.decisions.length, 'decision')} in the trial.{' '}
            {view.replay.position.kind === 'ending'
              ? `Saved, the scenario counts as completed (${view.replay.position.ending.title ?? 'its ending'}) and you will see your path and the ending again.`
              : 'Saved, the scenario carries on from where you stopped. A written reply is not carried over: you write it again.'}
          </p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            The time you spent in the trial is not counted: Postwise credits only time it sees while you are signed in.
          </p>
          <SaveTrialForm scenarioId={scenarioId} query={Object.fromEntries(new URLSearchParams(trialPathQuery(path))) as { v: string; seed: string; path: string }} />
          <p>
            <Link href={startFresh} className={linkClass}>
              Start the scenario fresh instead
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
