import { DEMO_CERTIFIED_EMAIL } from '@/lib/content/demo-accounts';
import { seedDemoCertificate } from '@/lib/content/seed-demo-certificate';
import { publicOrigin } from '@/lib/server/http/public-origin';

/**
 * Gives the certified demo learner the demo module's certificate, earned through the learner's code
 * paths (lib/content/earn-demo-certificate.ts), on the app's database (DATABASE_URL), and says so on
 * the console. Those paths are server modules (`server-only`), so the process must run with
 * `--conditions=react-server`, as `npm start` and `npm run db:seed` do. `npm start` leaves the
 * app's database client open: its app server answers saves with it (ADR 027).
 */
export async function earnTheDemoCertificate(): Promise<void> {
  const result = await seedDemoCertificate({ origin: publicOrigin() });
  if (!result) console.log(`No ${DEMO_CERTIFIED_EMAIL} in this database: no demo certificate.`);
  else console.log(`${DEMO_CERTIFIED_EMAIL} ${result.issued ? 'completed the demo module and was issued' : 'holds'} certificate ${result.code}.`);
}
