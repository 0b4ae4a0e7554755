import { DEMO_CERTIFIED_EMAIL } from '@/lib/content/demo-accounts';
import { seedDemoCertificate } from '@/lib/content/seed-demo-certificate';
import { getEnv } from '@/lib/env';
import { publicOrigin } from '@/lib/server/http/public-origin';

/**
 * Gives the certified demo learner the demo module's certificate, earned through the learner's code
 * paths (lib/content/earn-demo-certificate.ts), on the app's database (DATABASE_URL), and says so on
 * the console, on a demo only (the demo outbox on). Those paths are server modules (`server-only`), so the process must run with
 * `--conditions=react-server`, as `npm start` and `npm run db:seed` do. `npm start` leaves the
 * app's database client open: its app server answers saves with it (ADR 027).
 */
export async function earnTheDemoCertificate(): Promise<void> {
  // A signed certificate for a fictional learner verifies publicly: only on a demo, whose sign-in
  // emails go to the demo outbox (npm start without SMTP_URL), never on a deployment that mails people.
  if (!getEnv().EMAIL_OUTBOX) {
    console.log(`No demo certificate: the demo outbox is off (EMAIL_OUTBOX), so this database is taken for a real one. Set EMAIL_OUTBOX=true to earn it for ${DEMO_CERTIFIED_EMAIL}.`);
    return;
  }
  const result = await seedDemoCertificate({ origin: publicOrigin() });
  if (!result) console.log(`No ${DEMO_CERTIFIED_EMAIL} in this database: no demo certificate.`);
  else console.log(`${DEMO_CERTIFIED_EMAIL} ${result.issued ? 'completed the demo module and was issued' : 'holds'} certificate ${result.code}.`);
}
