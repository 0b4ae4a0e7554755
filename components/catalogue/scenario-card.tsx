import Link from 'next/link';

export interface ScenarioCardProps {
  moduleId: string;
  scenario: { id: string; title: string; summary: string };
  /** Signed in: the card opens the scenario itself. */
  signedIn: boolean;
  /** The one scenario visitors may play without signing in (/try), if any. */
  trialScenarioId: string | null;
}

/**
 * One scenario as the home page and the public library show it. Only the trial scenario is public;
 * for a visitor the others open after signing in, on the scenario itself.
 */
export function ScenarioCard({ moduleId, scenario, signedIn, trialScenarioId }: ScenarioCardProps) {
  const isTrial = scenario.id === trialScenarioId;
  const href = signedIn
    ? `/learn/${moduleId}/${scenario.id}`
    : isTrial
      ? `/try/${scenario.id}`
      : `/sign-in?callbackUrl=${encodeURIComponent(`/learn/${moduleId}/${scenario.id}`)}`;
  return (
    <li className="flex flex-col gap-3 rounded-xl border border-slate-300 bg-white p-4 dark:border-slate-600 dark:bg-slate-900">
      <h3 className="font-semibold">{scenario.title}</h3>
      <p className="text-sm text-slate-700 dark:text-slate-300">{scenario.summary}</p>
      <Link href={href} className="mt-auto font-semibold text-sky-800 underline underline-offset-4 hover:no-underline dark:text-sky-200">
        {signedIn ? 'Play' : isTrial ? 'Try it now, no sign-in' : 'Sign in to play'}
        <span className="sr-only">: {scenario.title}</span>
      </Link>
    </li>
  );
}
