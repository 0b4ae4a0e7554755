import 'server-only';
import { db } from '@/lib/server/db/client';
import type { PlannedCpdInput } from './cpd-entry-schemas';

/** Adds a line to the learner's personal development plan. */
export async function addPlannedCpd(options: { userId: string; entry: PlannedCpdInput }): Promise<{ id: string }> {
  return db.plannedCpdActivity.create({ data: { userId: options.userId, ...options.entry }, select: { id: true } });
}
