import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hoursStatement } from '@/components/catalogue/hours-statement';
import { formatQuarterHours } from '@/lib/cpd/credited-hours';
import { isAppError } from '@/lib/errors';
import { contentIdSchema } from '@/lib/forms/id-schema';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { MIN_REFLECTION_WORDS } from '@/lib/server/completion/reflection-minimum';
import { getModuleCompletion } from '@/lib/server/completion/get-module-completion';
import { CertificateButton, FeedbackForm, ReflectionForm } from './completion-forms';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { countOf } from '@/lib/text/plural';
import { BadgedItem } from '@/components/ui/badged-item';

export const metadata: Metadata = { title: 'Complete the module' };

const linkClass = 'text-sky-800 underline underline-offset-4 dark:text-sky-300';

/** What is done and what is left, the reflection and feedback forms, and the certificate button. */
export default async function CompleteModulePage({
  params,
  searchParams,
}: {
  params: Promise<{ moduleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { moduleId } = await params;
  if (!contentIdSchema.safeParse(moduleId).success) notFound();
  const user = await requirePageUser(`/learn/${moduleId}/complete`);
  const completion = await getModuleCompletion({ userId: user.id, moduleId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const { saved } = await searchParams;
  const { module, scenarios, certificate, blockers } = completion;
  const done = scenarios.filter((scenario) => scenario.done).length;
  const activeMinutes = Math.floor(completion.activeSeconds / 60);

  return (
    <div className="space-y-10">
      <Breadcrumb trail={[{ href: '/learn', label: 'My learning' }]} />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">Complete the module: {module.title}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          To get your certificate, play every scenario to an ending, write a short private reflection
          {module.feedbackRequired ? ' and tell us what you thought of the module' : ''}.
        </p>
      </div>

      {saved === 'reflection' || saved === 'feedback' ? (
        <p role="status" className="rounded-lg bg-emerald-50 p-3 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          {saved === 'reflection' ? 'Your reflection has been saved.' : 'Thank you: your feedback has been saved.'}
        </p>
      ) : null}

      {certificate ? (
        <section aria-labelledby="issued-heading" className="space-y-2 rounded-lg border-2 border-emerald-700 p-4 dark:border-emerald-400">
          <h2 id="issued-heading" className="text-xl font-semibold">
            Your certificate has been issued
          </h2>
          <p>
            <Link href={`/certificates/${certificate.code}`} className={linkClass}>
              View your certificate {certificate.code}
            </Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="scenarios-heading" className="space-y-3">
        <h2 id="scenarios-heading" className="text-xl font-semibold">
          Scenarios: {done} of {scenarios.length} played to an ending
        </h2>
        <ul className="space-y-2">
          {scenarios.map((scenario) => (
            <BadgedItem
              key={scenario.id}
              badge={
                <span
                  className={
                    scenario.done
                      ? 'rounded bg-emerald-100 px-2 py-0.5 text-sm font-semibold text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100'
                      : 'rounded bg-slate-200 px-2 py-0.5 text-sm font-semibold text-slate-800 dark:bg-slate-700 dark:text-slate-100'
                  }
                >
                  {scenario.done ? 'Done' : 'Not done'}
                </span>
              }
            >
              <Link href={`/learn/${module.id}/${scenario.id}`} className={linkClass}>
                {scenario.title}
              </Link>
            </BadgedItem>
          ))}
        </ul>
      </section>

      <section aria-labelledby="reflection-heading" className="space-y-3">
        <h2 id="reflection-heading" className="text-xl font-semibold">
          Your reflection (private)
        </h2>
        <ReflectionForm moduleId={module.id} initialText={completion.reflection?.text ?? ''} minimumWords={MIN_REFLECTION_WORDS} />
      </section>

      <section aria-labelledby="feedback-heading" className="space-y-3">
        <h2 id="feedback-heading" className="text-xl font-semibold">
          Module feedback{module.feedbackRequired ? '' : ' (optional)'}
        </h2>
        <FeedbackForm moduleId={module.id} initial={completion.feedback} />
      </section>

      <section aria-labelledby="certificate-heading" className="space-y-3">
        <h2 id="certificate-heading" className="text-xl font-semibold">
          Your certificate
        </h2>
        <p className="font-medium">{hoursStatement({ maxHours: module.hours, activeSeconds: completion.activeSeconds })}.</p>
        <p>
          You have spent {countOf(activeMinutes, 'minute')} actively working through this module. Hours are the
          active time Postwise recorded on the module&apos;s scenarios (replays included; time with no interaction for 5 minutes, more than 5 minutes after
          your last choice, or with the tab hidden, does not count), rounded down to the nearest quarter hour and capped at the {module.hours} hours the module provides.
        </p>
        {certificate ? (
          <p>
            <Link href={`/certificates/${certificate.code}`} className={linkClass}>
              Open your certificate
            </Link>
          </p>
        ) : (
          <>
            {blockers.length > 0 ? (
              <div id="certificate-blockers" className="space-y-1">
                <p className="font-semibold">Still to do:</p>
                <ul className="list-disc space-y-1 pl-6">
                  {blockers.map((blocker) => (
                    <li key={blocker.kind}>
                      {blocker.message}
                      {blocker.kind === 'name' ? (
                        <>
                          {' '}
                          <Link href="/profile" className={linkClass}>
                            Go to your profile
                          </Link>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <div id="certificate-statement" className="space-y-2 rounded-lg border-2 border-sky-800 p-4 dark:border-sky-300">
                <p className="font-semibold">Everything is done: your certificate is ready.</p>
                <p>
                  It will state <strong>{formatQuarterHours(completion.creditedQuarterHours)} of verifiable CPD</strong> for {module.title}
                  {completion.creditedQuarterHours < Math.round(module.hours * 4) ? ` (the module provides up to ${formatQuarterHours(Math.round(module.hours * 4))})` : ''},
                  printed for {completion.learner.name}. A certificate cannot be changed once it is issued.
                </p>
                {completion.creditedQuarterHours < Math.round(module.hours * 4) ? (
                  <p>
                    If you would like more of your learning to count, carry on first: play scenarios again to explore other choices, then come
                    back.{' '}
                    <Link href="/learn" className={linkClass}>
                      Carry on learning
                    </Link>
                  </p>
                ) : null}
              </div>
            )}
            <CertificateButton moduleId={module.id} ready={blockers.length === 0} />
          </>
        )}
      </section>
    </div>
  );
}
