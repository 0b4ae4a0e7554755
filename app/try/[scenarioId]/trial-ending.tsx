import Link from 'next/link';
import type { PathStep } from '@/components/player/path-summary';
import { trialPathQuery } from '@/lib/play/trial-path-query';
import { countOf } from '@/lib/text/plural';

const primaryLink =
  'inline-flex min-h-11 items-center justify-center rounded-lg bg-sky-800 px-5 font-semibold text-white hover:bg-sky-900 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200';

/** What the trial scenario earns signed in, from its published definition. */
export interface TrialEarnings {
  minutes: number;
  outcomes: ReadonlyArray<{ letter: string; text: string }>;
}

/**
 * The sign-in link that carries the trial into a saved attempt: the choices made up to the first
 * written reply (which is not carried), the version played and the seed the choices were ordered by.
 */
export function saveTrialHref(options: { scenarioId: string; contentHash: string; choiceSeed: number; path: readonly PathStep[] }): string {
  const firstReply = options.path.findIndex((step) => step.event.type === 'COMPOSE');
  const choices = firstReply === -1 ? options.path : options.path.slice(0, firstReply);
  const choiceIds = choices.flatMap((step) => (step.event.type === 'CHOOSE' ? [step.event.choiceId] : []));
  const query = trialPathQuery({ version: options.contentHash, choiceSeed: options.choiceSeed, choiceIds });
  return `/sign-in?${new URLSearchParams({ callbackUrl: `/try/${options.scenarioId}/save?${query}` })}`;
}

/**
 * The end of the trial: what the same play would have earned signed in (the scenario's minutes
 * and its GDC development outcomes) and a sign-in that saves this play as the learner's attempt.
 */
export function TrialEnding({ earnings, signInHref, leavesReplyBehind }: { earnings: TrialEarnings; signInHref: string; leavesReplyBehind: boolean }) {
  return (
    <section aria-labelledby="trial-earned" className="space-y-3 rounded-lg border-2 border-sky-800 p-4 dark:border-sky-300">
      <h3 id="trial-earned" className="text-xl font-semibold">
        What this would have earned
      </h3>
      <p>
        Signed in, this scenario is saved as you play and counts towards your verifiable CPD certificate: about{' '}
        <strong>{countOf(earnings.minutes, 'minute')}</strong> of the time you spend, for these GDC development outcomes:
      </p>
      <ul className="list-disc space-y-1 pl-6">
        {earnings.outcomes.map((outcome) => (
          <li key={outcome.letter}>
            <strong>{outcome.letter}:</strong> {outcome.text}
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-700 dark:text-slate-200">
        Sign in and the choices you just made are saved as your attempt, so you need not play it again. Time is credited from what the
        server sees while you are signed in, so this trial itself does not count.
        {leavesReplyBehind ? ' Your written reply is not carried over: you write it again after signing in.' : ''}
      </p>
      <Link href={signInHref} className={primaryLink}>
        Sign in to save this play
      </Link>
    </section>
  );
}
