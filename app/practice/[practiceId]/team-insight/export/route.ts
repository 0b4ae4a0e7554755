import { AppError, toErrorResponse } from '@/lib/errors';
import { teamInsightCsv } from '@/lib/insight/team-insight-csv';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { getTeamInsight } from '@/lib/server/insight/get-team-insight';

/** Team insight as a CSV download, with exactly the page's figures and hidden cells. Owners and managers only. */
export async function GET(_request: Request, context: { params: Promise<{ practiceId: string }> }): Promise<Response> {
  try {
    const { practiceId } = await context.params;
    const user = await requireUser();
    if (!can(user, 'practice.view-progress', { practiceId })) throw new AppError('NOT_FOUND', 'Practice not found.');
    const insight = await getTeamInsight({ actorId: user.id, practiceId });
    // A byte-order mark makes Excel read UTF-8 correctly; other tools ignore it.
    return new Response(`\uFEFF${teamInsightCsv(insight)}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': 'attachment; filename="postwise-team-insight.csv"',
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
