import 'server-only';
import { normaliseCertificateCode } from '@/lib/certificates/certificate-code';
import { Prisma } from '@/lib/generated/sqlite/client';
import { db } from '@/lib/server/db/client';
import { sqlContains } from '@/lib/server/db/sql-contains';

/**
 * Certificates for the admin console, newest first: by code, or by the learner's name or email,
 * each with its audit trail (revocations and reinstatements, oldest first, with the administrator's email).
 * The search finds the text as typed (`%` and `_` are not wildcards): it is SQL with sqlContains,
 * then the certificates are read by code.
 */
export async function listCertificatesForAdmin(options: { search?: string; take?: number }) {
  const term = options.search?.trim() ?? '';
  const code = term ? normaliseCertificateCode(term) : null;
  const like = (column: string, text: string) => sqlContains(Prisma.raw(column), text);
  const take = options.take ?? 50;
  const codes = term
    ? await db.$queryRaw<Array<{ code: string }>>`SELECT c."code" FROM "Certificate" c LEFT JOIN "User" u ON u."id" = c."userId"
        WHERE c."code" = ${code ?? ''} OR ${like('u."name"', term)} OR ${like('u."certificateName"', term)} OR ${like('u."email"', term.toLowerCase())}
          -- The printed name stays in the signed content after an account is deleted.
          OR ${like('c."contentJson"', term)}
        ORDER BY c."issuedAt" DESC, c."code" ASC LIMIT ${take}`
    : null;
  const rows = await db.certificate.findMany({
    where: codes ? { code: { in: codes.map((row) => row.code) } } : undefined,
    orderBy: [{ issuedAt: 'desc' }, { code: 'asc' }],
    take,
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
