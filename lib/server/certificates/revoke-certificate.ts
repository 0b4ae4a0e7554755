import 'server-only';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';
import { forgetCachedPage } from '@/lib/server/page-cache/page-cache';
import { emailCertificateHolder } from './email-holder';

/** Longest revocation reason, in characters: it is shown publicly on the verification page. */
export const REVOCATION_REASON_MAX_LENGTH = 500;

/**
 * Withdraws a certificate, with the reason (1 to REVOCATION_REASON_MAX_LENGTH characters after
 * trimming; VALIDATION otherwise) shown on its verification page, and emails the holder the
 * reason and what it means (unless the account was deleted). The revocation is written to the
 * certificate's audit trail (CertificateEvent) with the administrator `actorId` in the same
 * transaction. Revoking twice is refused (CONFLICT); an unknown code is NOT_FOUND.
 */
export async function revokeCertificate(options: {
  code: string;
  reason: string;
  actorId: string;
  origin: string;
  now?: Date;
}): Promise<{ code: string; revokedAt: Date }> {
  const revokedAt = options.now ?? new Date();
  const reason = options.reason.trim();
  if (!reason) throw new AppError('VALIDATION', 'Give the reason for revoking the certificate.', { field: 'reason' });
  if (reason.length > REVOCATION_REASON_MAX_LENGTH) {
    throw new AppError('VALIDATION', `The reason is ${reason.length} characters long; keep it to ${REVOCATION_REASON_MAX_LENGTH} or fewer.`, {
      field: 'reason',
    });
  }
  const count = await db.$transaction(async (tx) => {
    const updated = await tx.certificate.updateMany({
      where: { code: options.code, revokedAt: null },
      data: { revokedAt, revokedReason: reason },
    });
    if (updated.count === 1) {
      const { id } = await tx.certificate.findUniqueOrThrow({ where: { code: options.code }, select: { id: true } });
      await tx.certificateEvent.create({ data: { certificateId: id, kind: 'revoked', reason, actorId: options.actorId, createdAt: revokedAt } });
    }
    return updated.count;
  });
  // The verification page is sent from the page cache: visitors must see the revocation at once.
  if (count === 1) forgetCachedPage(`/verify/${options.code}`);
  if (count === 0) {
    const exists = await db.certificate.findUnique({ where: { code: options.code }, select: { revokedAt: true } });
    if (!exists) throw new AppError('NOT_FOUND', `No certificate has the code ${options.code}.`);
    throw new AppError('CONFLICT', `Certificate ${options.code} was already revoked.`);
  }
  const certificate = await db.certificate.findUniqueOrThrow({
    where: { code: options.code },
    select: { user: { select: { email: true } }, module: { select: { title: true } } },
  });
  // A deleted account keeps its certificates for verification but has nobody left to tell.
  if (!certificate.user) return { code: options.code, revokedAt };
  await emailCertificateHolder({
    to: certificate.user.email,
    code: options.code,
    moduleTitle: certificate.module.title,
    origin: options.origin,
    change: 'revoked',
    details: (verifyLink) => [
      `Reason given: ${reason}`,
      '',
      `Anyone checking it at ${verifyLink} now sees that it is revoked, with this reason. It no longer counts as evidence of CPD.`,
      'If you think this is a mistake, reply to this email.',
    ],
  });
  return { code: options.code, revokedAt };
}
