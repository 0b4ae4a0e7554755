import 'server-only';
import { db } from './client';

/**
 * Throws AppError('STORAGE_UNAVAILABLE') when the database does not answer a trivial query (the
 * client converts the failure). For code about to conclude "nobody is signed in": Auth.js swallows
 * database errors while reading a session and reports no session, so without this check an outage
 * would tell people their session had ended.
 */
export async function assertDatabaseAnswers(): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
