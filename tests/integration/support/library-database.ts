import path from 'node:path';
import { publishLibrary } from '@/lib/content/publish-library';
import type { Database } from '@/lib/server/db/create-client';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';

/**
 * Points the app's `db` at `database` (useTestDatabase; the file must mock `@/lib/server/db/client`
 * with the app harness) and publishes the real scenario library (scenarios/) into it, as
 * `npm start` does: for tests of what learners, owners and admins see of published scenarios.
 */
export function useTestDatabaseWithLibrary(database: Database): Promise<void> {
  useTestDatabase(database);
  return publishLibrary({ db: database, folder: path.resolve('scenarios') }).then(() => undefined);
}
