/**
 * `npm run insight -- fold`: for operators, folds every decision event not yet in the insight
 * rollup (ADR 012) against DATABASE_URL, and prints how many attempts had new events and how long
 * it took. `npm start` already folds a never-folded history before serving; this runs the same fold
 * on demand, for instance right after `npm run db:migrate` on a deployment that starts the server
 * another way. Safe while the app serves: folds queue on the InsightFold row.
 */
import { getEnv } from '@/lib/env';
import { createPrismaClient } from '@/lib/server/db/create-client';
import { foldInsight } from '@/lib/server/insight/fold-insight';

const usage = 'Usage: npm run insight -- fold';

async function main(args: readonly string[]): Promise<number> {
  if (args.length !== 1 || args[0] !== 'fold') {
    console.error(args.length === 0 ? usage : `Unknown command "${args.join(' ')}".\n${usage}`);
    return 2;
  }
  const db = createPrismaClient({ databaseUrl: getEnv().DATABASE_URL });
  try {
    const started = performance.now();
    const { attempts } = await foldInsight({ db });
    console.log(`Folded the new decisions of ${attempts} attempt(s) into the insight rollup in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
