import 'server-only';
import { canonicalJson } from '@/lib/json/canonical-json';
import { generateCertificateCode } from '@/lib/certificates/certificate-code';
import { buildCertificateContent } from '@/lib/certificates/certificate-content';
import { signCertificate } from '@/lib/certificates/signing';
import { AppError } from '@/lib/errors';
import { getModuleCompletion } from '@/lib/server/completion/get-module-completion';
import { db } from '@/lib/server/db/client';
import { getSigningKey } from './get-signing-key';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';

/**
 * Issues the learner's certificate for a module, exactly once: a second request (another tab, a
 * double click, a retry) gets the certificate the first one made. The unique (userId, moduleId)
 * index is the guard, so this holds across app instances too. Refuses with CONFLICT, naming
 * what is missing, while the module is not complete.
 */
export async function issueCertificate(options: {
  userId: string;
  moduleId: string;
  /** Origin for the verify URL printed and encoded in the QR code, e.g. https://cpd.example.org. */
  origin: string;
}): Promise<{ code: string; issued: boolean }> {
  const { userId, moduleId } = options;
  const existing = await findExisting(userId, moduleId);
  if (existing) return { code: existing.code, issued: false };

  const completion = await getModuleCompletion({ userId, moduleId });
  const blocker = completion.blockers[0];
  const { completedAt, learner } = completion;
  if (blocker || !completedAt || !learner.name) throw new AppError('CONFLICT', blocker?.message ?? 'This module is not complete yet.');

  const code = generateCertificateCode();
  const content = buildCertificateContent({
    module: completion.module.definition,
    moduleVersion: { version: completion.module.version, contentHash: completion.module.contentHash },
    learner: { name: learner.name, gdcNumber: learner.gdcNumber },
    completedAt,
    activeSeconds: completion.activeSeconds,
    code,
    verifyUrl: new URL(`/verify/${code}`, options.origin).toString(),
  });
  const key = await getSigningKey();
  const data = {
    code,
    userId,
    moduleId,
    moduleVersionId: completion.module.versionId,
    contentJson: canonicalJson(content),
    signature: signCertificate(content, key.privateKeyPem),
    signingKeyId: key.keyId,
  };

  try {
    const created = await db.$transaction(async (tx) => {
      const raced = await tx.certificate.findUnique({ where: { userId_moduleId: { userId, moduleId } }, select: { code: true } });
      if (raced) return { code: raced.code, issued: false };
      const certificate = await tx.certificate.create({ data, select: { code: true } });
      return { code: certificate.code, issued: true };
    });
    return created;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another request inserted between our check and our insert: theirs is the certificate.
    const winner = await findExisting(userId, moduleId);
    if (!winner) throw error;
    return { code: winner.code, issued: false };
  }
}

function findExisting(userId: string, moduleId: string) {
  return db.certificate.findUnique({ where: { userId_moduleId: { userId, moduleId } }, select: { code: true } });
}
