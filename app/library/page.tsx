import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { hoursStatement } from '@/components/catalogue/hours-statement';
import { ScenarioCard } from '@/components/catalogue/scenario-card';
import { Pagination } from '@/components/ui/pagination';
import { LIBRARY_NOT_FOUND_TITLE, libraryPage } from '@/lib/catalogue/library-pages';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { findTrialScenarioId } from '@/lib/server/catalogue/find-trial-scenario-id';
import { listLearnerModules } from '@/lib/server/catalogue/list-learner-modules';
import { countOf } from '@/lib/text/plural';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The visitor and the modules they see, read once per request for the title and the page. */
const loadLibrary = cache(async () => {
  const user = await getCurrentUser();
  return { user, modules: await listLearnerModules(user ? { userId: user.id } : {}) };
});

/**
 * The tab title says whether the page exists: Next.js applies a page's own metadata after
 * hydration even when the page answered with `notFound()`, so a fixed "Scenario library" was the
 * tab title of the library's not-found page (a user trial, issue 18; vercel/next.js#95836).
 */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const [{ modules }, query] = await Promise.all([loadLibrary(), searchParams]);
  return { title: libraryPage(modules, query.page) ? 'Scenario library' : LIBRARY_NOT_FOUND_TITLE };
}

/**
 * Every published scenario, for visitors and learners alike, LIBRARY_PAGE_SIZE cards a page under
 * their modules' headings: the catalogue the home page links to once it shows only a selection.
 * A `page` that names no page answers 404 (not-found.tsx beside this page says which exist), so
 * a past-the-end or mistyped address is not indexed or bookmarked as a page of the library.
 */
export default async function LibraryPage({ searchParams }: { searchParams: SearchParams }) {
  const [{ user, modules }, trialScenarioId, query] = await Promise.all([loadLibrary(), findTrialScenarioId(), searchParams]);
  const shown = libraryPage(modules, query.page);
  if (!shown) notFound();
  const scenarioCount = modules.reduce((total, module) => total + module.scenarios.length, 0);

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">Scenario library</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {countOf(scenarioCount, 'scenario')} in {countOf(modules.length, 'module')}.{' '}
          {user ? 'Your progress in each module is on ' : 'Sign in to play them and earn CPD; '}
          {user ? (
            <Link href="/learn" className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-200">
              My learning
            </Link>
          ) : (
            <>
              one of them you can{' '}
              {trialScenarioId ? (
                <Link href={`/try/${trialScenarioId}`} className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-200">
                  try now without signing in
                </Link>
              ) : (
                'try without signing in'
              )}
            </>
          )}
          .
        </p>
      </div>

      {modules.length === 0 && <p>No modules have been published yet.</p>}
          {shown.sections.map(({ module, scenarios, continued }) => (
            <section key={module.id} aria-labelledby={`module-${module.id}`} className="space-y-4">
              <div className="space-y-1">
                <h2 id={`module-${module.id}`} className="text-xl font-semibold">
                  {module.title}
                  {continued && <span className="font-normal"> (continued)</span>}
                </h2>
                {!continued && <p className="max-w-3xl text-slate-700 dark:text-slate-300">{module.description}</p>}
                <p className="font-medium">
                  {countOf(module.scenarios.length, 'scenario')} · {hoursStatement({ maxHours: module.hours })}
                </p>
              </div>
              <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                {scenarios.map((scenario) => (
                  <ScenarioCard key={scenario.id} moduleId={module.id} scenario={scenario} signedIn={user !== null} trialScenarioId={trialScenarioId} />
                ))}
              </ul>
            </section>
          ))}
          <Pagination page={shown.page} pageCount={shown.pageCount} label="Library pages" hrefFor={(page) => (page === 1 ? '/library' : `/library?page=${page}`)} />
    </div>
  );
}
