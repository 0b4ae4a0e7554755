import { ukDateOf } from '@/lib/cpd/plain-date';
import { parseDashboardQuery } from '@/lib/dashboard/view';
import { AppError, toErrorResponse } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { exportPracticeProgress } from '@/lib/server/dashboard/export-practice-progress';

/**
 * The dashboard as a CSV download (RFC 4180), every matching member with the same filters and
 * order as the page, streamed batch by batch so a practice of thousands never sits in memory.
 */
export async function GET(request: Request, context: { params: Promise<{ practiceId: string }> }): Promise<Response> {
  try {
    const { practiceId } = await context.params;
    const query = parseDashboardQuery(Object.fromEntries(new URL(request.url).searchParams));
    const user = await requireUser();
    if (!can(user, 'practice.view-progress', { practiceId })) throw new AppError('NOT_FOUND', 'Practice not found.');
    const now = new Date();
    const chunks = await exportPracticeProgress({ actorId: user.id, practiceId, query, now });
    const encoder = new TextEncoder();
    // A byte-order mark makes Excel read the UTF-8 names correctly; other tools ignore it.
    let first = true;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(first ? `\uFEFF${next.value}` : next.value));
        first = false;
      },
      async cancel() {
        await chunks.return();
      },
    });
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="postwise-progress-${ukDateOf(now)}.csv"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
