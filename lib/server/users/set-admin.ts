import 'server-only';
import { db } from '@/lib/server/db/client';

/**
 * Grants or revokes the global admin role; only the `npm run admin` command calls this.
 * Returns null when nobody has signed in with that address yet.
 */
export async function setAdmin({ email, isAdmin }: { email: string; isAdmin: boolean }) {
  const normalised = email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email: normalised }, select: { id: true } });
  if (!existing) return null;
  return db.user.update({ where: { id: existing.id }, data: { isAdmin }, select: { id: true, email: true, isAdmin: true } });
}
