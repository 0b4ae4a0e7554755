import 'server-only';
import { formatLongDate } from '@/lib/cpd/plain-date';
import { AppError } from '@/lib/errors';
import { getEnv } from '@/lib/env';
import { db } from '@/lib/server/db/client';
import { forgetCachedPage } from '@/lib/server/page-cache/page-cache';
import { emailCertificateHolder } from './email-holder';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The last moment a certificate revoked at `revokedAt` may be reinstated: CERTIFICATE_REINSTATE_DAYS
 * (default 30) days later. A mistaken revocation is usually noticed within weeks; after that the
 * public record has stood long enough that it is left as it is, and a new certificate is the way back.
 */
export function reinstateDeadline(revokedAt: Date, graceDays: number = getEnv().CERTIFICATE_REINSTATE_DAYS): Date {
  return new Date(revokedAt.getTime() + graceDays * DAY_MS);
}

/**
 * Undoes a revocation within the grace period (reinstateDeadline): the certificate is valid
 * again on its verification page, the reinstatement joins the audit trail (CertificateEvent, with
 * the administrator `actorId`; the revocation's own entry and reason are kept), and the holder is
 * emailed (unless the account was deleted). Errors: NOT_FOUND for an unknown code; CONFLICT when it
 * is not revoked, or the grace period has ended (the message names the dates). Safe against a double
 * submit: only one of two concurrent reinstatements writes.
 */
export async function reinstateCertificate(options: { code: string; actorId: string; origin: string; now?: Date }): Promise<{ code: string }> {
  const now = options.now ?? new Date();
  const certificate = await db.certificate.findUnique({
    where: { code: options.code },
    select: { id: true, revokedAt: true, user: { select: { email: true } }, module: { select: { title: true } } },
  });
  if (!certificate) throw new AppError('NOT_FOUND', `No certificate has the code ${options.code}.`);
  const { revokedAt } = certificate;
  if (!revokedAt) throw new AppError('CONFLICT', `Certificate ${options.code} is not revoked, so there is nothing to reinstate.`);
  const { CERTIFICATE_REINSTATE_DAYS: graceDays } = getEnv();
  const deadline = reinstateDeadline(revokedAt, graceDays);
  if (now.getTime() > deadline.getTime()) {
    throw new AppError(
      'CONFLICT',
      `Certificate ${options.code} was revoked on ${formatLongDate(revokedAt)}; it could be reinstated for ${graceDays} days, until ${formatLongDate(deadline)}. The revocation now stands: the learner can complete the module again for a new certificate.`,
    );
  }

  const reinstated = await db.$transaction(async (tx) => {
    // Compare-and-set on the revocation being undone: a second submit finds it already gone.
    const updated = await tx.certificate.updateMany({ where: { id: certificate.id, revokedAt }, data: { revokedAt: null, revokedReason: null } });
    if (updated.count === 1) await tx.certificateEvent.create({ data: { certificateId: certificate.id, kind: 'reinstated', actorId: options.actorId, createdAt: now } });
    return updated.count === 1;
  });
  // The verification page is sent from the page cache: visitors must see the reinstatement at once.
  if (reinstated) forgetCachedPage(`/verify/${options.code}`);
  if (!reinstated) throw new AppError('CONFLICT', `Certificate ${options.code} was reinstated or changed by someone else a moment ago. Reload to see it now.`);

  if (certificate.user) {
    await emailCertificateHolder({
      to: certificate.user.email,
      code: options.code,
      moduleTitle: certificate.module.title,
      origin: options.origin,
      change: 'reinstated',
      details: (verifyLink) => [`Anyone checking it at ${verifyLink} now sees it as valid again, and it counts as evidence of CPD as before.`],
    });
  }
  return { code: options.code };
}
