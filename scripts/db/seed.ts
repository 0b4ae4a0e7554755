import path from 'node:path';
import { describeSeedReport, seedDemo } from '@/lib/content/seed-demo';
import { getEnv } from '@/lib/env';
import { createPrismaClient } from '@/lib/server/db/create-client';
import { db as appDb } from '@/lib/server/db/client';
import { earnTheDemoCertificate } from './seed-demo-certificate';

// Usage: npm run db:seed [-- --when=if-empty|always]
// `npm start` runs it with --when=if-empty: demo people only go into an empty database,
// while new versions of the scenario library are published every time. Once the demo people are
// in, the certified demo learner earns the demo module's certificate (only if they do not hold it).

async function main() {
  const when = process.argv.find((argument) => argument.startsWith('--when='))?.slice('--when='.length) ?? 'always';
  if (when !== 'always' && when !== 'if-empty') {
    throw new Error(`--when must be "always" or "if-empty", not "${when}"`);
  }
  const db = createPrismaClient({ databaseUrl: getEnv().DATABASE_URL });
  const report = await seedDemo({ db, scenariosFolder: path.resolve('scenarios'), onlyIfEmpty: when === 'if-empty' }).finally(() => db.$disconnect());
  console.log(describeSeedReport(report));
  if (report.demoCertificateDue) await earnTheDemoCertificate().finally(() => appDb.$disconnect());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
