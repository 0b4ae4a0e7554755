import Link from 'next/link';
import { describeOutcomes } from '@/lib/cpd/development-outcomes';
import type { ScenarioDefinition } from '@/lib/scenario/definition';

const primaryLink =
  'inline-flex min-h-11 items-center justify-center rounded-lg bg-sky-800 px-5 font-semibold text-white hover:bg-sky-900 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200';

/**
 * The end of the trial: what the same play would have earned signed in (the scenario's minutes
 * and its GDC development outcomes, from the published definition) and a way to sign in that
 * lands on this scenario in the learner's module.
 */
export function TrialEnding({ definition, learnPath }: { definition: ScenarioDefinition; learnPath: string }) {
  const outcomes = describeOutcomes(definition.outcomes);
  return (
    <section aria-labelledby="trial-earned" className="space-y-3 rounded-lg border-2 border-sky-800 p-4 dark:border-sky-300">
      <h3 id="trial-earned" className="text-xl font-semibold">
        What this would have earned
      </h3>
      <p>
        Signed in, this scenario is saved as you play and counts towards your verifiable CPD certificate: about{' '}
        <strong>{definition.minutes} minutes</strong> of the time you spend, for these GDC development outcomes:
      </p>
      <ul className="list-disc space-y-1 pl-6">
        {outcomes.map((outcome) => (
          <li key={outcome.letter}>
            <strong>{outcome.letter}:</strong> {outcome.text}
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-700 dark:text-slate-200">Time is credited from what the server sees while you are signed in, so this trial itself does not count.</p>
      <Link href={`/sign-in?callbackUrl=${encodeURIComponent(learnPath)}`} className={primaryLink}>
        Sign in to play it for CPD
      </Link>
    </section>
  );
}
