import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/server/db/client';

export interface HealthReport {
  status: 'ok' | 'degraded';
  /** ok: reads and writes work; cannot-save: reads work but writes fail (read-only, full, locked too long); unreachable: not even reads. */
  database: 'ok' | 'cannot-save' | 'unreachable';
  checkedAt: string;
}

/** Thrown inside the probe transaction so it always rolls back. */
class ProbeRollback extends Error {}

/**
 * What a load balancer needs to know: is this instance up, and can its database both answer and
 * save? Reading is not enough: a full disk or a read-only database (SQLite file, PostgreSQL
 * `default_transaction_read_only`) still answers SELECT while every save fails. So the check also
 * inserts a row in a transaction it then rolls back: the write is attempted for real and nothing
 * is kept. Each call asks the database afresh, so the report recovers as soon as storage does.
 */
export async function checkHealth(): Promise<HealthReport> {
  const report = (database: HealthReport['database']): HealthReport => ({
    status: database === 'ok' ? 'ok' : 'degraded',
    database,
    checkedAt: new Date().toISOString(),
  });
  try {
    await db.$queryRaw`SELECT 1`;
  } catch (error) {
    console.error('Health check: database unreachable', error);
    return report('unreachable');
  }
  try {
    await db.$transaction(async (tx) => {
      // A key no request can produce (real keys are SHA-256 hashes), in a row that is never committed.
      await tx.rateLimitWindow.create({ data: { key: `health-probe:${randomUUID()}`, windowStart: new Date(), count: 0 }, select: { key: true } });
      throw new ProbeRollback();
    });
  } catch (error) {
    if (!(error instanceof ProbeRollback)) {
      console.error('Health check: database cannot save', error);
      return report('cannot-save');
    }
  }
  return report('ok');
}
