import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TitledSection } from '@/components/ui/titled-section';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { listInsightScenarios } from '@/lib/server/insight/list-insight-scenarios';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { countOf } from '@/lib/text/plural';

export const metadata: Metadata = { title: 'Decision insight · Admin', robots: { index: false } };

const linkClass = 'font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300';

/** Admins: every scenario with a link to its decision insight, and each module's xAPI export. */
export default async function AdminScenariosPage() {
  const admin = await requirePageUser('/admin/scenarios');
  if (!can(admin, 'admin.view') || !can(admin, 'scenario.insight')) notFound();
  const modules = await listInsightScenarios({ actorId: admin.id });

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: '/admin', label: 'Admin' }]} />
      <h1 className="text-3xl font-bold">Decision insight</h1>
      <p>How learners move through each scenario, in aggregate only. Figures drawn from fewer than 5 learners are hidden.</p>
      {modules.length === 0 ? <p>No modules are published yet.</p> : null}
      {modules.map((module) => (
        <TitledSection key={module.id} headingId={`module-${module.id}`} title={module.title} className="space-y-3">
          <ul className="space-y-1">
            {module.scenarios.map((scenario) => {
              const attempts = scenario.versions.reduce((sum, version) => sum + version._count.attempts, 0);
              return (
                <li key={scenario.id}>
                  <Link href={`/admin/scenarios/${encodeURIComponent(scenario.id)}/insight`} className={linkClass}>
                    {scenario.title}
                  </Link>{' '}
                  · {countOf(attempts, 'attempt')}
                </li>
              );
            })}
          </ul>
          <p>
            <a href={`/admin/modules/${encodeURIComponent(module.id)}/xapi`} className={linkClass} download>
              Download xAPI statements for {module.title}
            </a>{' '}
            <span className="text-sm text-slate-700 dark:text-slate-300">(JSON lines; add ?from=YYYY-MM-DD&amp;to=YYYY-MM-DD to limit the dates)</span>
          </p>
        </TitledSection>
      ))}
    </div>
  );
}
