import 'server-only';
import { db } from '@/lib/server/db/client';
import { DEMO_CERTIFIED_EMAIL, DEMO_COMPLETION_WORK, DEMO_MODULE_ID } from './demo-accounts';
import { earnDemoCertificate } from './earn-demo-certificate';

/**
 * Gives the certified demo learner (DEMO_CERTIFIED_EMAIL, put in place by seedDemo) the demo
 * module's certificate, earned through the learner's code paths (earnDemoCertificate), on the app's
 * database. Returns its code and whether this call issued it, or null when that learner does not
 * exist (the database was seeded before they were added, or with `if-empty` onto existing people).
 * Idempotent: a second call finds the certificate and changes nothing.
 */
export async function seedDemoCertificate(options: { origin: string; now?: Date }): Promise<{ code: string; issued: boolean } | null> {
  const learner = await db.user.findUnique({ where: { email: DEMO_CERTIFIED_EMAIL }, select: { id: true } });
  if (!learner) return null;
  return earnDemoCertificate({ userId: learner.id, moduleId: DEMO_MODULE_ID, origin: options.origin, work: DEMO_COMPLETION_WORK, now: options.now });
}
