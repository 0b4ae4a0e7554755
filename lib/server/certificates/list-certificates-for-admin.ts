import 'server-only';
import { normaliseCertificateCode } from '@/lib/certificates/certificate-code';
import { db } from '@/lib/server/db/client';

/**
 * Certificates for the admin console, newest first: by code, or by the learner's name or email,
 * each with its audit trail (revocations and reinstatements, oldest first, with the administrator's email).
 */
export async function listCertificatesForAdmin(options: { search?: string; take?: number }) {
  const term = options.search?.trim() ?? '';
  const code = term ? normaliseCertificateCode(term) : null;
  const rows = await db.certificate.findMany({
    where: term
      ? {
          OR: [
            ...(code ? [{ code }] : []),
            { user: { OR: [{ name: { contains: term } }, { certificateName: { contains: term } }, { email: { contains: term.toLowerCase() } }] } },
            // The printed name stays in the signed content after an account is deleted.
            { contentJson: { contains: term } },
          ],
        }
      : undefined,
    orderBy: [{ issuedAt: 'desc' }, { code: 'asc' }],
    take: options.take ?? 50,
    select: {
      code: true,
      issuedAt: true,
      revokedAt: true,
      revokedReason: true,
      contentJson: true,
      module: { select: { title: true } },
      events: { orderBy: { createdAt: 'asc' }, select: { id: true, kind: true, reason: true, createdAt: true, actor: { select: { email: true } } } },
    },
  });
  return rows.map(({ contentJson, ...row }) => ({ ...row, learnerName: learnerNameOf(contentJson) }));
}

function learnerNameOf(contentJson: string): string {
  try {
    const content = JSON.parse(contentJson) as { learner?: { name?: unknown } };
    return typeof content.learner?.name === 'string' ? content.learner.name : '—';
  } catch {
    return '—';
  }
}
