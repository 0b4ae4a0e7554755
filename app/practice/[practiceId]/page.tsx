import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { inputBoxClass } from '@/components/ui/input-class';
import { Pagination } from '@/components/ui/pagination';
import { TitledSection } from '@/components/ui/titled-section';
import { TableScroll } from '@/components/ui/table-scroll';
import { TitledOptions } from '@/components/ui/titled-options';
import { dueDateRange } from '@/lib/dashboard/due-date';
import type { DashboardModel } from '@/lib/dashboard/model';
import { PROGRESS_STATUSES, STATUS_LABELS } from '@/lib/dashboard/progress';
import { DASHBOARD_ORDERS, DASHBOARD_SEARCH_MAX, dashboardHref, dashboardSearch, parseDashboardQuery, type DashboardQuery } from '@/lib/dashboard/view';
import { isAppError } from '@/lib/errors';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { takeDashboardRenderTurn } from '@/lib/server/dashboard/dashboard-render-turn';
import { getPracticeDashboard } from '@/lib/server/dashboard/get-practice-dashboard';
import { FOLD_MAX_AGE_MS } from '@/lib/server/dashboard/practice-fold-cache';
import { listPendingInvitations, type PendingInvitation } from '@/lib/server/practices/list-pending-invitations';
import { AssignForm } from './assign-form';
import { formatDate } from './format';
import { resendInvitationAction, revokeInvitationAction } from './actions';
import { InvitationControls } from '@/components/invitations/invitation-controls';
import { InviteForm } from './invite-form';
import { ProgressCharts } from './progress-charts';
import { RemindersForm } from './reminders-form';
import { StaffRows } from './staff-rows';
import { countOf, pluralNoun } from '@/lib/text/plural';

export const metadata: Metadata = { title: 'Practice dashboard' };

type Props = {
  params: Promise<{ practiceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function loadDashboard(actorId: string, practiceId: string, query: DashboardQuery): Promise<DashboardModel> {
  // One dashboard render at a time in this process, held until the response is sent (issue 18).
  await takeDashboardRenderTurn();
  try {
    return await getPracticeDashboard({ actorId, practiceId, query, foldMaxAgeMs: FOLD_MAX_AGE_MS });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

const linkClass = 'font-medium text-sky-800 underline dark:text-sky-300';

/**
 * The staff table's Name column stays in view while the table scrolls sideways (a trial user at
 * 375 px lost whose row was whose). It covers the cells that pass under it, so it has the page's
 * own background (the same contrast as before, light and dark) and a line on its right edge; on a
 * phone it is 9 to 11 rem wide, so a long email wraps rather than filling the screen (`anywhere`
 * alone let the table squeeze the column to one letter a line).
 */
const stickyNameClass =
  'sticky left-0 z-10 bg-slate-50 shadow-[inset_-1px_0_0_var(--color-slate-400)] dark:bg-slate-950 dark:shadow-[inset_-1px_0_0_var(--color-slate-500)] max-sm:min-w-36 max-sm:max-w-44 max-sm:[overflow-wrap:anywhere]';
const mutedClass = 'text-slate-700 dark:text-slate-300';
// The reminder form's id: its checkboxes sit in the staff table, outside the form element.
const remindersFormId = 'send-reminders';
const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.floor((part / whole) * 100)}%`);

/** The whole practice in three figures, each a link to the staff it counts. */
function Summary({ model, practiceId }: { model: DashboardModel; practiceId: string }) {
  const { summary } = model;
  const base = { q: '', sort: 'name', dir: 'asc', page: 1 } as const;
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      <div className="rounded-lg border-2 border-slate-300 p-3 dark:border-slate-600">
        <dt className={mutedClass}>Assigned work complete</dt>
        <dd className="text-2xl font-bold">{percent(summary.completed, summary.required)}</dd>
        <dd className={`text-sm ${mutedClass}`}>
          {summary.required === 0 ? 'No module assigned yet' : `${summary.completed} of ${summary.required} person-modules`}
        </dd>
      </div>
      <div className="rounded-lg border-2 border-slate-300 p-3 dark:border-slate-600">
        <dt className={mutedClass}>Overdue</dt>
        <dd className="text-2xl font-bold">{summary.overdue}</dd>
        {summary.overdue === 0 ? (
          <dd className={`text-sm ${mutedClass}`}>Nobody is overdue</dd>
        ) : (
          <dd className="text-sm">
            <Link href={dashboardHref(practiceId, { ...base, status: 'overdue' })} className={linkClass}>
              {pluralNoun(summary.overdue, 'Show the person', 'Show these people')}
              <span className="sr-only"> with overdue work</span>
            </Link>
          </dd>
        )}
      </div>
      <div className="rounded-lg border-2 border-slate-300 p-3 dark:border-slate-600">
        <dt className={mutedClass}>Due this month, not yet complete</dt>
        <dd className="text-2xl font-bold">{summary.dueThisMonth}</dd>
        <dd className={`text-sm ${mutedClass}`}>{pluralNoun(summary.dueThisMonth, 'person', 'people')}</dd>
      </div>
    </dl>
  );
}

/** Live invitations with their expiry, each with "Send again" and "Withdraw". */
function PendingInvitations({ practiceId, invitations }: { practiceId: string; invitations: readonly PendingInvitation[] }) {
  if (invitations.length === 0) return <p className={mutedClass}>No invitations are waiting for an answer.</p>;
  return (
    <ul className="flex flex-col gap-4">
      {invitations.map((invitation) => (
        // Keyed by address, the one live invitation per address: "Send again" replaces the invitation
        // (a new id), and a key that changed with it would remount the row and drop its confirmation.
        <li key={invitation.email} className="flex flex-col gap-1 border-b border-slate-300 pb-3 dark:border-slate-600">
          <span className="font-semibold break-all">{invitation.email}</span>
          <span className={`text-sm ${mutedClass}`}>
            {invitation.role} · sent {formatDate(invitation.sentAt)} · {invitation.expired ? 'expired' : 'expires'} {formatDate(invitation.expiresAt)}
          </span>
          <InvitationControls
            scope={{ name: 'practiceId', value: practiceId }}
            invitationId={invitation.id}
            email={invitation.email}
            resend={resendInvitationAction}
            revoke={revokeInvitationAction}
          />
        </li>
      ))}
    </ul>
  );
}

export default async function PracticeDashboardPage({ params, searchParams }: Props) {
  const { practiceId } = await params;
  const user = await requirePageUser(`/practice/${practiceId}`);
  const query = parseDashboardQuery(await searchParams);
  const model = await loadDashboard(user.id, practiceId, query);
  // The server's answer for this viewer, group managers included (ADR 023), not a guess from a role.
  const canManage = model.viewerMay['practice.manage'];
  const invitations = canManage ? await listPendingInvitations({ actorId: user.id, practiceId }) : [];
  const search = dashboardSearch({ ...query, page: 1 });
  const exportHref = `/practice/${encodeURIComponent(practiceId)}/export${search ? `?${search}` : ''}`;
  const pageCount = Math.max(1, Math.ceil(model.matched / model.pageSize));
  const first = (model.page - 1) * model.pageSize;

  return (
    <div className="flex min-w-0 flex-col gap-8">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold break-words">{model.practice.name}</h1>
        <p className={mutedClass}>
          {countOf(model.summary.staff, 'person', 'people')} · {countOf(model.modules.length, 'module')}
        </p>
        <p>
          <Link href={`/practice/${encodeURIComponent(practiceId)}/team-insight`} className={linkClass}>
            Team insight
          </Link>
          <span className={mutedClass}> — where the team as a whole found decisions hard, never one person&apos;s choices.</span>
        </p>
        {canManage ? (
          <p>
            <Link href={`/practice/${encodeURIComponent(practiceId)}/team-session`} className={linkClass}>
              Team session
            </Link>
            <span className={mutedClass}> — play a scenario together at a practice meeting, staff voting from their phones.</span>
          </p>
        ) : null}
      </div>

      <TitledSection headingId="summary-heading" title="Whole practice" className="flex flex-col gap-3">
        <Summary model={model} practiceId={practiceId} />
      </TitledSection>

      <TitledSection headingId="staff-heading" title="Staff progress" className="flex min-w-0 flex-col gap-4">
        {/* The fields always show the filters the table applies: keyed by them, so a client-side
            navigation (Clear, a page link) makes them afresh from the URL, and with autocomplete off,
            so the browser does not restore what was typed when Back returns to a page. */}
        <form key={JSON.stringify(query)} method="get" autoComplete="off" className="flex flex-wrap items-end gap-3" role="search" aria-label="Find staff">
          <label className="flex flex-col gap-1 font-semibold">
            Name or email
            <input name="q" type="search" defaultValue={query.q} maxLength={DASHBOARD_SEARCH_MAX} className={`w-60 max-w-full font-normal ${inputBoxClass}`} />
          </label>
          <label className="flex flex-col gap-1 font-semibold">
            Status
            <select name="status" defaultValue={query.status ?? ''} className={`font-normal ${inputBoxClass}`}>
              <option value="">Any status</option>
              {PROGRESS_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          </label>
          <label className="flex min-w-0 max-w-full flex-col gap-1 font-semibold">
            In module
            <select name="module" defaultValue={query.module ?? ''} className={`w-full max-w-full font-normal ${inputBoxClass}`}>
              <option value="">Any module</option>
              <TitledOptions items={model.modules} />
            </select>
          </label>
          <label className="flex flex-col gap-1 font-semibold">
            Order
            <select name="order" defaultValue={`${query.sort}-${query.dir}`} className={`font-normal ${inputBoxClass}`}>
              {DASHBOARD_ORDERS.map((order) => (
                <option key={order.value} value={order.value}>
                  {order.label}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary">
            Show staff
          </Button>
          <Link href={`/practice/${encodeURIComponent(practiceId)}`} className={`min-h-11 content-center ${linkClass}`}>
            Clear
          </Link>
          <a href={exportHref} className={`min-h-11 content-center ${linkClass}`} download>
            Download CSV<span className="sr-only"> of the staff matching these filters</span>
          </a>
        </form>

        <p role="status" className={mutedClass}>
          {model.matched === 0
            ? 'No staff match these filters.'
            : model.rows.length === 0
              ? `No staff on this page: ${countOf(model.matched, 'person matches', 'people match')} these filters. `
              : `Showing ${first + 1}–${first + model.rows.length} of ${model.matched} matching, out of ${countOf(model.summary.staff, 'person', 'people')}.`}
          {/* A page past the end (an old bookmark, a shared link) is not a dead end. */}
          {model.matched > 0 && model.rows.length === 0 ? (
            <Link href={dashboardHref(practiceId, query, { page: 1 })} className={linkClass}>
              Go to the first page
            </Link>
          ) : null}
        </p>

        <TableScroll label="Staff progress table">
          {/* Cell padding set once on the table: it is repeated on ~17 cells in every row. */}
          <table className="min-w-full border-collapse text-sm [&_tbody_td]:px-2 [&_tbody_td]:py-1">
            <caption className="sr-only">Progress of each member of staff, by module and scenario</caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2} className="border-b px-2 text-left">
                  <span className="sr-only">Remind</span>
                </th>
                <th scope="col" rowSpan={2} className={`border-b px-2 text-left ${stickyNameClass}`}>
                  Name
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
              <StaffRows rows={model.rows} modules={model.modules} practiceId={practiceId} remindersFormId={remindersFormId} linkClass={linkClass} nameClass={stickyNameClass} />
            </tbody>
          </table>
        </TableScroll>
        <RemindersForm practiceId={practiceId} formId={remindersFormId} />
        <Pagination page={model.page} pageCount={pageCount} label="Staff pages" hrefFor={(page) => dashboardHref(practiceId, query, { page })} />
      </TitledSection>

      <ProgressCharts summary={model.summary} />

      {canManage ? (
        // minmax(0, 1fr): a select sizes itself to its longest option, which must not widen the page on a phone.
        <div className="grid grid-cols-[minmax(0,1fr)] gap-8 md:grid-cols-2">
          <TitledSection headingId="invite-heading" title="Invite staff" className="flex flex-col gap-3">
            <InviteForm practiceId={practiceId} canInviteManagers={model.viewerMay['practice.manage-managers']} />
            <h3 className="mt-2 font-semibold">Waiting for an answer</h3>
            <PendingInvitations practiceId={practiceId} invitations={invitations} />
          </TitledSection>
          {model.modules.length > 0 ? (
            <TitledSection headingId="assign-heading" title="Assign a module" className="flex flex-col gap-3">
              <AssignForm practiceId={practiceId} modules={model.modules} dueRange={dueDateRange(model.generatedAt)} />
            </TitledSection>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
