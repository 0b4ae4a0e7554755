import 'server-only';
import { db } from '@/lib/server/db/client';

/** The newest demo-outbox messages first; callers must check EMAIL_OUTBOX before showing them. */
export async function listOutboxEmails({ take = 50 }: { take?: number } = {}) {
  return db.outboxEmail.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
