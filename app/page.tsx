import Link from 'next/link';
import { AssignmentList, ModuleAssignments } from '@/components/catalogue/assignment-list';
import { hoursStatement } from '@/components/catalogue/hours-statement';
import { withStandings } from '@/lib/catalogue/assignment-standing';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { listLearnerAssignments } from '@/lib/server/practices/list-learner-assignments';
import { listLearnerModules } from '@/lib/server/catalogue/list-learner-modules';
import { findTrialScenarioId } from '@/lib/server/catalogue/find-trial-scenario-id';
import { countOf } from '@/lib/text/plural';
import { frontDoorSelection } from '@/lib/catalogue/front-door';
import { ScenarioCard } from '@/components/catalogue/scenario-card';

const primaryLink =
  'inline-flex min-h-11 items-center justify-center rounded-lg bg-sky-800 px-5 font-semibold text-white hover:bg-sky-900 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200';
const secondaryLink =
  'inline-flex min-h-11 items-center justify-center rounded-lg border border-slate-400 px-5 font-semibold text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:text-slate-50 dark:hover:bg-slate-800';

/**
 * The front door. Visitors see the first modules with a few scenarios each, the public trial and
 * sign-in; a signed-in learner is spoken to as such: their assignments with due dates first, and
 * scenario cards that open the scenario. Its size is bounded whatever the library's
 * (frontDoorSelection); the whole library is one link away, on /library.
 */
export default async function HomePage() {
  const user = await getCurrentUser();
  const [modules, trialScenarioId, assignments] = await Promise.all([
    listLearnerModules(user ? { userId: user.id } : {}),
    findTrialScenarioId(),
    user ? listLearnerAssignments({ userId: user.id }) : Promise.resolve([]),
  ]);
  const frontDoor = frontDoorSelection(modules, trialScenarioId);
  const rows = withStandings(assignments, modules, new Date());
  // A module shown below says its own assignments under its heading; the list names only the others, so no module is named twice.
  const shownIds = new Set(frontDoor.modules.map(({ module }) => module.id));

  return (
    <div className="space-y-12">
      <section aria-labelledby="intro" className="space-y-5">
        <h1 id="intro" className="text-3xl font-bold tracking-tight sm:text-4xl">
          Social media CPD that feels like the real thing
        </h1>
        <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          A patient sends you a friend request. A one-star review appears overnight. A &ldquo;closed&rdquo; forum thread starts to
          identify someone. Play fictional scenarios like these, see what the GDC, the defence unions and the advertising code say
          at every decision, and earn a verifiable CPD certificate.
        </p>
        <div className="flex flex-wrap gap-3">
          {trialScenarioId && (
            <Link href={`/try/${trialScenarioId}`} className={primaryLink}>
              Try a scenario
            </Link>
          )}
          <Link href="/learn" className={user ? primaryLink : secondaryLink}>
            {user ? 'Go to my learning' : 'Sign in to start learning'}
          </Link>
        </div>
      </section>

      <AssignmentList rows={rows.filter((row) => !shownIds.has(row.moduleId))} />

      {frontDoor.modules.map(({ module, shown }) => (
        <section key={module.id} aria-labelledby={`module-${module.id}`} className="space-y-4">
          <h2 id={`module-${module.id}`} className="text-2xl font-semibold">
            {module.title}
          </h2>
          <ModuleAssignments rows={rows} moduleId={module.id} />
          <p className="max-w-3xl text-slate-700 dark:text-slate-300">{module.description}</p>
          <p className="font-medium">
            {countOf(module.scenarios.length, 'scenario')} · {hoursStatement({ maxHours: module.hours })}
          </p>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {shown.map((scenario) => (
              <ScenarioCard key={scenario.id} moduleId={module.id} scenario={scenario} signedIn={user !== null} trialScenarioId={trialScenarioId} />
            ))}
          </ul>
        </section>
      ))}

      {frontDoor.scenarioCount > 0 && (
        <p>
          <Link href="/library" className="font-semibold text-sky-800 underline underline-offset-4 hover:no-underline dark:text-sky-200">
            See the whole library: {countOf(frontDoor.scenarioCount, 'scenario')} in {countOf(frontDoor.moduleCount, 'module')}
          </Link>
        </p>
      )}

      <section aria-labelledby="for-teams" className="grid gap-4 sm:grid-cols-2">
        <h2 id="for-teams" className="sr-only">
          For practices and defence unions
        </h2>
        <div className="rounded-xl border border-slate-300 bg-white p-5 dark:border-slate-600 dark:bg-slate-900">
          <h3 className="font-semibold">Practice owners and managers</h3>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            Invite your team, assign modules with due dates and see who has completed what. Reflections and written replies stay
            private to each learner.
          </p>
        </div>
        <div className="rounded-xl border border-slate-300 bg-white p-5 dark:border-slate-600 dark:bg-slate-900">
          <h3 className="font-semibold">Certificates anyone can check</h3>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            Every certificate carries a code and a QR code; its verification page shows what was issued, from our records, with a
            digital signature you can check offline.
          </p>
        </div>
      </section>
    </div>
  );
}
