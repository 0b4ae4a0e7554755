import type { Metadata } from 'next';
import Link from 'next/link';
import { ModuleAssignments } from '@/components/catalogue/assignment-list';
import { hoursStatement } from '@/components/catalogue/hours-statement';
import { ReloadWhenRestored } from '@/components/catalogue/reload-when-restored';
import { scenarioAction, ScenarioStatusLabel } from '@/components/catalogue/scenario-status';
import { withStandings } from '@/lib/catalogue/assignment-standing';
import { isRecommendedFor, learnerAudiences, TEAM_ROLES, type TeamRole } from '@/lib/catalogue/learner-audience';
import { REGISTRANT_TYPES, type RegistrantType } from '@/lib/cpd/registrant-types';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { listLearnerModules } from '@/lib/server/catalogue/list-learner-modules';
import { listLearnerAssignments } from '@/lib/server/practices/list-learner-assignments';
import { getProfile } from '@/lib/server/users/get-profile';
import { countOf } from '@/lib/text/plural';

/** A stored profile value narrowed to the known list; anything else counts as not set. */
function known<T extends string>(values: readonly T[], value: string | null | undefined): T | null {
  return values.find((candidate) => candidate === value) ?? null;
}

export const metadata: Metadata = { title: 'My learning' };

export default async function LearnPage() {
  const user = await requirePageUser('/learn');
  const [modules, profile, assignments] = await Promise.all([
    listLearnerModules({ userId: user.id }),
    getProfile({ userId: user.id }),
    listLearnerAssignments({ userId: user.id }),
  ]);
  const rows = withStandings(assignments, modules, new Date());
  // Assigned modules first, in the assignments' order (soonest due first), the rest as published:
  // each module's assignments are said under its own heading, so the module is named once.
  const rank = (moduleId: string) => {
    const index = rows.findIndex((row) => row.moduleId === moduleId);
    return index === -1 ? rows.length : index;
  };
  const ordered = modules.toSorted((a, b) => rank(a.id) - rank(b.id));
  const audiences = learnerAudiences({
    registrantType: known<RegistrantType>(REGISTRANT_TYPES, profile?.registrantType),
    teamRole: known<TeamRole>(TEAM_ROLES, profile?.teamRole),
  });

  return (
    <div className="space-y-8">
      <ReloadWhenRestored />
      <h1 className="text-2xl font-bold sm:text-3xl">My learning</h1>
      {modules.length === 0 && <p>No modules have been published yet.</p>}
      {modules.length > 0 && audiences.length === 0 ? (
        <p>
          <Link href="/profile" className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300">
            Add your registrant type or practice role
          </Link>{' '}
          to see which scenarios were written for your role.
        </p>
      ) : null}
      {ordered.map((module) => {
        return (
          <section key={module.id} aria-labelledby={`module-${module.id}`} className="space-y-4">
            <div className="space-y-1">
              <h2 id={`module-${module.id}`} className="text-xl font-semibold">
                {module.title}
              </h2>
              <ModuleAssignments rows={rows} moduleId={module.id} />
              <p className="text-slate-700 dark:text-slate-300">
                {module.completed} of {countOf(module.scenarios.length, 'scenario')} completed · {hoursStatement({ maxHours: module.hours, activeSeconds: module.activeSeconds })}
              </p>
              <Link href={`/learn/${module.id}/complete`} className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300">
                Complete the module and get your certificate
              </Link>
            </div>
            <ol className="grid gap-3 sm:grid-cols-2">
              {module.scenarios.map((scenario) => {
                const action = scenarioAction(scenario.status);
                const recommended = isRecommendedFor(scenario.audience, audiences);
                return (
                  <li key={scenario.id} className="flex flex-col gap-3 rounded-xl border border-slate-300 bg-white p-4 dark:border-slate-600 dark:bg-slate-900">
                    <h3 className="font-semibold">{scenario.title}</h3>
                    {recommended ? <p className="w-fit rounded-full border border-emerald-700 px-2 text-sm font-semibold text-emerald-900 dark:border-emerald-300 dark:text-emerald-200">Recommended for your role</p> : null}
                    <p className="text-sm text-slate-700 dark:text-slate-300">{scenario.summary}</p>
                    <p className="text-sm text-slate-700 dark:text-slate-300">About {countOf(scenario.minutes, 'minute')}</p>
                    <ScenarioStatusLabel status={scenario.status} />
                    {/* A plain link, out of Next's client router: Back from the scenario then
                        loads /learn afresh instead of the router's stored copy from before the
                        decisions (trial user: "Not started"). See ReloadWhenRestored. */}
                    <a
                      href={`/learn/${module.id}/${scenario.id}`}
                      className="mt-auto inline-flex min-h-11 items-center justify-center rounded-lg bg-sky-800 px-4 font-semibold text-white hover:bg-sky-900 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200"
                      aria-label={`${action}: ${scenario.title}`}
                    >
                      {action}
                    </a>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
