/**
 * Gives the certified demo learner the demo module's certificate, earned through the learner's code
 * paths (lib/content/earn-demo-certificate.ts), on DATABASE_URL. Runs with the react-server
 * condition, as the app's server code does (see seedDemoCertificateInChild); `npm run db:seed` and
 * `npm start` run it after seeding the demo people.
 */
import { seedDemoCertificate } from '@/lib/content/seed-demo-certificate';
import { DEMO_CERTIFIED_EMAIL } from '@/lib/content/demo-accounts';
import { db } from '@/lib/server/db/client';
import { publicOrigin } from '@/lib/server/http/public-origin';

async function main(): Promise<void> {
  try {
    const result = await seedDemoCertificate({ origin: publicOrigin() });
    if (!result) console.log(`No ${DEMO_CERTIFIED_EMAIL} in this database: no demo certificate.`);
    else console.log(`${DEMO_CERTIFIED_EMAIL} ${result.issued ? 'completed the demo module and was issued' : 'holds'} certificate ${result.code}.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
