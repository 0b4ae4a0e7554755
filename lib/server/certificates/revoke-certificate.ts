import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';

/** Withdraws a certificate, with the reason shown on its verification page. Revoking twice is refused. */
export async function revokeCertificate(options: { code: string; reason: string; now?: Date }): Promise<{ code: string; revokedAt: Date }> {
  const revokedAt = options.now ?? new Date();
  const reason = options.reason.trim();
  if (!reason) throw new AppError('VALIDATION', 'Give the reason for revoking the certificate.');
  const { count } = await db.certificate.updateMany({
    where: { code: options.code, revokedAt: null },
    data: { revokedAt, revokedReason: reason },
  });
  if (count === 0) {
    const exists = await db.certificate.findUnique({ where: { code: options.code }, select: { revokedAt: true } });
    if (!exists) throw new AppError('NOT_FOUND', `No certificate has the code ${options.code}.`);
    throw new AppError('CONFLICT', `Certificate ${options.code} was already revoked.`);
  }
  return { code: options.code, revokedAt };
}
