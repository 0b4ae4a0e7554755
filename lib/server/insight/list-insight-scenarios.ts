import 'server-only';
import { db } from '@/lib/server/db/client';

/**
 * Modules and their scenarios for the admin insight index, with how many attempts each scenario has
 * had (across versions). Empty for anyone who is not an active admin: the rule is in the query.
 */
export async function listInsightScenarios(options: { actorId: string }) {
  const admin = await db.user.findFirst({ where: { id: options.actorId, isAdmin: true, suspendedAt: null }, select: { id: true } });
  if (!admin) return [];
  return db.cpdModule.findMany({
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      title: true,
      scenarios: {
        orderBy: { position: 'asc' },
        select: { id: true, title: true, versions: { select: { _count: { select: { attempts: true } } } } },
      },
    },
  });
}
