import { z } from 'zod';
import { AppError, toErrorResponse } from '@/lib/errors';
import { parseInsightFilters } from '@/lib/insight/insight-filters';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/server/auth/get-current-user';
import { publicOrigin } from '@/lib/server/http/public-origin';
import { streamXapiStatements } from '@/lib/server/insight/stream-xapi-statements';

const moduleIdSchema = z.string().min(1).max(200);

/**
 * A module's decisions, written-reply verdicts and completions as xAPI statements, one JSON object
 * per line (`?from=YYYY-MM-DD&to=YYYY-MM-DD` to limit the dates). Admins only.
 */
export async function GET(request: Request, context: { params: Promise<{ moduleId: string }> }): Promise<Response> {
  try {
    const moduleId = moduleIdSchema.parse((await context.params).moduleId);
    const user = await requireUser();
    if (!can(user, 'insight.xapi')) throw new AppError('NOT_FOUND', 'Module not found.');
    const parsed = parseInsightFilters(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.ok) throw new AppError('VALIDATION', parsed.message);
    const statements = streamXapiStatements({ actorId: user.id, moduleId, from: parsed.filters.from, to: parsed.filters.to, origin: publicOrigin() });
    // The first statement is read here so a refusal or an unknown module answers with its status, not a broken stream.
    let pending: IteratorResult<unknown> | undefined = await statements.next();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = pending ?? (await statements.next());
        pending = undefined;
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
      },
      async cancel() {
        await statements.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        'Content-Type': 'application/x-ndjson; charset=utf-8',
        'Content-Disposition': `attachment; filename="postwise-xapi-${moduleId.replace(/[^a-z0-9-]/gi, '')}.jsonl"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
