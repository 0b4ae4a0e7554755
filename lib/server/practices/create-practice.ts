import 'server-only';
import { db } from '@/lib/server/db/client';

/** Creates a practice; whoever creates it becomes its owner. */
export async function createPractice(options: { ownerId: string; name: string }): Promise<{ id: string }> {
  return db.practice.create({
    data: { name: options.name, members: { create: { userId: options.ownerId, role: 'owner' } } },
    select: { id: true },
  });
}
