import { getEnv } from '@/lib/env';
import { applyPendingMigrations } from '@/lib/server/db/migrate';
import { providerOf } from '@/lib/server/db/provider';

// Usage: npm run db:migrate — applies pending migrations to the database named by DATABASE_URL.

async function main() {
  const { DATABASE_URL } = getEnv();
  const started = performance.now();
  const target = providerOf(DATABASE_URL) === 'sqlite' ? DATABASE_URL : new URL(DATABASE_URL).host;
  const { applied } = await applyPendingMigrations({
    databaseUrl: DATABASE_URL,
    // stderr: stdout carries only the result, which scripts and tests read.
    onWaitForLock: () => console.warn(`Another instance is migrating ${target}; waiting for it to finish…`),
  });
  const took = Math.round(performance.now() - started);
  if (applied.length === 0) {
    console.log(`Database ${target} is up to date (${took} ms).`);
  } else {
    console.log(`Applied ${applied.length} migration(s) to ${target} in ${took} ms:\n  ${applied.join('\n  ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
