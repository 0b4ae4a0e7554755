import 'server-only';
import { db } from '@/lib/server/db/client';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: 'ok' | 'unreachable';
  checkedAt: string;
}

/** What a load balancer needs to know: is this instance up, and can it reach the database? */
export async function checkHealth(): Promise<HealthReport> {
  let database: HealthReport['database'] = 'ok';
  try {
    await db.$queryRaw`SELECT 1`;
  } catch (error) {
    console.error('Health check: database unreachable', error);
    database = 'unreachable';
  }
  return { status: database === 'ok' ? 'ok' : 'degraded', database, checkedAt: new Date().toISOString() };
}
