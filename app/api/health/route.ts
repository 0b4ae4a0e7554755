import { checkHealth } from '@/lib/server/health/check-health';

// Always answered fresh: a cached health report would hide an outage.
export const dynamic = 'force-dynamic';

/** GET /api/health: 200 when the app and its database answer and can save, 503 otherwise. */
export async function GET() {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
