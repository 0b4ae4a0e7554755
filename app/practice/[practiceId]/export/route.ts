import { dashboardCsv } from '@/lib/dashboard/export';
import { applyDashboardView, parseDashboardQuery } from '@/lib/dashboard/view';
import { AppError, toErrorResponse } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { getPracticeDashboard } from '@/lib/server/dashboard/get-practice-dashboard';

/** The dashboard as a CSV download (RFC 4180), with the same filters and order as the page. */
export async function GET(request: Request, context: { params: Promise<{ practiceId: string }> }): Promise<Response> {
  try {
    const { practiceId } = await context.params;
    const query = parseDashboardQuery(Object.fromEntries(new URL(request.url).searchParams));
    const user = await requireUser();
    if (!can(user, 'practice.view-progress', { practiceId })) throw new AppError('NOT_FOUND', 'Practice not found.');
    const model = await getPracticeDashboard({ actorId: user.id, practiceId });
    const day = model.generatedAt.toISOString().slice(0, 10);
    // A byte-order mark makes Excel read the UTF-8 names correctly; other tools ignore it.
    return new Response(`\uFEFF${dashboardCsv(model, applyDashboardView(model, query))}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="postwise-progress-${day}.csv"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
