import { ukToday } from '@/lib/cpd/plain-date';
import { AppError, toErrorResponse } from '@/lib/errors';
import { insightCsv } from '@/lib/insight/insight-csv';
import { parseInsightFilters } from '@/lib/insight/insight-filters';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { getScenarioInsight } from '@/lib/server/insight/get-scenario-insight';

/** The scenario insight tables as a CSV download, with the page's filters and hidden cells. Admins, authors and reviewers (`scenario.insight`). */
export async function GET(request: Request, context: { params: Promise<{ scenarioId: string }> }): Promise<Response> {
  try {
    const { scenarioId } = await context.params;
    const user = await requireUser();
    if (!can(user, 'scenario.insight')) throw new AppError('NOT_FOUND', 'Scenario not found.');
    const parsed = parseInsightFilters(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.ok) throw new AppError('VALIDATION', parsed.message);
    const insight = await getScenarioInsight({ actorId: user.id, scenarioId, filters: parsed.filters });
    return new Response(`\uFEFF${insightCsv(insight)}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="postwise-insight-${scenarioId.replace(/[^a-z0-9-]/gi, '')}-${ukToday()}.csv"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
