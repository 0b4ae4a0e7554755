import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TitledSection } from '@/components/ui/titled-section';
import type { DashboardModel } from '@/lib/dashboard/model';
import { PROGRESS_STATUSES, STATUS_LABELS } from '@/lib/dashboard/progress';
import { applyDashboardView, dashboardHref, parseDashboardQuery, type DashboardQuery, type DashboardSort } from '@/lib/dashboard/view';
import { isAppError } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { getPracticeDashboard } from '@/lib/server/dashboard/get-practice-dashboard';
import { AssignForm } from './assign-form';
import { formatDate } from './format';
import { InviteForm } from './invite-form';
import { ProgressCharts } from './progress-charts';
import { RemindersForm } from './reminders-form';
import { StatusBadge } from './status-badge';

export const metadata: Metadata = { title: 'Practice dashboard' };

type Props = {
  params: Promise<{ practiceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function loadDashboard(actorId: string, practiceId: string): Promise<DashboardModel> {
  try {
    return await getPracticeDashboard({ actorId, practiceId });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

function SortLink({ practiceId, query, sort, children }: { practiceId: string; query: DashboardQuery; sort: DashboardSort; children: string }) {
  const active = query.sort === sort;
  const dir = active && query.dir === 'asc' ? 'desc' : 'asc';
  return (
    <Link href={dashboardHref(practiceId, query, { sort, dir })} className="underline">
      {children}
      {active ? <span aria-hidden="true">{query.dir === 'asc' ? ' ▲' : ' ▼'}</span> : null}
    </Link>
  );
}

export default async function PracticeDashboardPage({ params, searchParams }: Props) {
  const { practiceId } = await params;
  const user = await requirePageUser(`/practice/${practiceId}`);
  const model = await loadDashboard(user.id, practiceId);
  const query = parseDashboardQuery(await searchParams);
  const rows = applyDashboardView(model, query);
  const canManage = can(user, 'practice.manage', { practiceId });
  const search = dashboardHref(practiceId, query).split('?')[1];
  const exportHref = `/practice/${encodeURIComponent(practiceId)}/export${search ? `?${search}` : ''}`;
  const ariaSort = (sort: DashboardSort) => (query.sort === sort ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined);

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{model.practice.name}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {model.rows.length} {model.rows.length === 1 ? 'person' : 'people'} · {model.modules.length} module{model.modules.length === 1 ? '' : 's'}
        </p>
      </div>

      <TitledSection headingId="staff-heading" title="Staff progress" className="flex flex-col gap-4">
        <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter staff">
          <label className="flex flex-col text-sm">
            Name or email
            <input name="q" defaultValue={query.q} className="rounded border border-slate-400 px-2 py-1" />
          </label>
          <label className="flex flex-col text-sm">
            Status
            <select name="status" defaultValue={query.status ?? ''} className="rounded border border-slate-400 px-2 py-1">
              <option value="">Any status</option>
              {PROGRESS_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col text-sm">
            In module
            <select name="module" defaultValue={query.module ?? ''} className="rounded border border-slate-400 px-2 py-1">
              <option value="">Any module</option>
              {model.modules.map((module) => (
                <option key={module.id} value={module.id}>
                  {module.title}
                </option>
              ))}
            </select>
          </label>
          <input type="hidden" name="sort" value={query.sort} />
          <input type="hidden" name="dir" value={query.dir} />
          <button type="submit" className="rounded border border-slate-500 px-3 py-1">
            Apply filters
          </button>
          <Link href={`/practice/${practiceId}`} className="text-sm underline">
            Clear
          </Link>
          <a href={exportHref} className="ml-auto text-sm font-medium text-sky-800 underline" download>
            Download CSV
          </a>
        </form>

        <p role="status" className="text-sm text-slate-700">
          Showing {rows.length} of {model.rows.length}.
        </p>

        <RemindersForm practiceId={practiceId}>
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse text-sm">
              <caption className="sr-only">Progress of each member of staff, by module and scenario</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2} className="border-b px-2 text-left">
                    <span className="sr-only">Remind</span>
                  </th>
                  <th scope="col" rowSpan={2} className="border-b px-2 text-left" aria-sort={ariaSort('name')}>
                    <SortLink practiceId={practiceId} query={query} sort="name">
                      Name
                    </SortLink>
                  </th>
                  <th scope="col" rowSpan={2} className="border-b px-2 text-left" aria-sort={ariaSort('progress')}>
                    <SortLink practiceId={practiceId} query={query} sort="progress">
                      Completed
                    </SortLink>
                  </th>
                  <th scope="col" rowSpan={2} className="border-b px-2 text-left" aria-sort={ariaSort('overdue')}>
                    <SortLink practiceId={practiceId} query={query} sort="overdue">
                      Overdue
                    </SortLink>
                  </th>
                  {model.modules.map((module) => (
                    <th key={module.id} scope="colgroup" colSpan={module.scenarios.length + 1} className="border-b border-l px-2 text-left">
                      {module.title}
                      {module.dueAt ? <span className="block text-xs font-normal">Due {formatDate(module.dueAt)}</span> : null}
                      {!module.assigned ? <span className="block text-xs font-normal">Not assigned</span> : null}
                    </th>
                  ))}
                </tr>
                <tr>
                  {model.modules.flatMap((module) => [
                    <th key={`${module.id}-overall`} scope="col" className="border-b border-l px-2 text-left text-xs">
                      Module
                    </th>,
                    ...module.scenarios.map((scenario) => (
                      <th key={scenario.id} scope="col" className="border-b px-2 text-left text-xs font-normal">
                        {scenario.title}
                      </th>
                    )),
                  ])}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const completed = row.modules.reduce((sum, module) => sum + module.completedScenarios, 0);
                  const total = row.modules.reduce((sum, module) => sum + module.totalScenarios, 0);
                  const overdue = row.modules.filter((module) => module.status === 'overdue').length;
                  return (
                    <tr key={row.userId} className="border-b align-top">
                      <td className="px-2 py-1">
                        <input type="checkbox" name="userId" value={row.userId} aria-label={`Remind ${row.name}`} />
                      </td>
                      <th scope="row" className="px-2 py-1 text-left font-normal">
                        <Link href={`/practice/${practiceId}/staff/${row.userId}`} className="font-medium text-sky-800 underline">
                          {row.name}
                        </Link>
                        <span className="block text-xs text-slate-600">{row.role === 'member' ? row.email : `${row.email} · ${row.role}`}</span>
                      </th>
                      <td className="px-2 py-1">
                        {completed} of {total}
                      </td>
                      <td className="px-2 py-1">{overdue}</td>
                      {model.modules.flatMap((module, index) => {
                        const moduleCell = row.modules[index];
                        return [
                          <td key={`${module.id}-overall`} className="border-l px-2 py-1">
                            {moduleCell ? <StatusBadge progress={moduleCell} /> : null}
                          </td>,
                          ...module.scenarios.map((scenario) => {
                            const cell = row.scenarios[scenario.id];
                            return (
                              <td key={scenario.id} className="px-2 py-1">
                                {cell ? <StatusBadge progress={cell} /> : null}
                              </td>
                            );
                          }),
                        ];
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </RemindersForm>
      </TitledSection>

      <ProgressCharts model={model} />

      {canManage ? (
        <div className="grid gap-8 md:grid-cols-2">
          <TitledSection headingId="invite-heading" title="Invite staff" className="flex flex-col gap-3">
            <InviteForm practiceId={practiceId} canInviteManagers={can(user, 'practice.manage-managers', { practiceId })} />
          </TitledSection>
          {model.modules.length > 0 ? (
            <TitledSection headingId="assign-heading" title="Assign a module" className="flex flex-col gap-3">
              <AssignForm practiceId={practiceId} modules={model.modules} />
            </TitledSection>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
