import 'server-only';
import type { CertificateContent } from '@/lib/certificates/certificate-content';
import { verifyCertificateSignature } from '@/lib/certificates/signing';
import { db } from '@/lib/server/db/client';
import { listTrustedKeys } from './list-trusted-keys';

/** valid: signed by us and standing; revoked: withdrawn by an admin; signature-mismatch: the stored content is not what was signed. */
export type CertificateStatus = 'valid' | 'revoked' | 'signature-mismatch';

/** A certificate as stored, with its signature checked against the trusted keys (listTrustedKeys). */
export interface CertificateRecord {
  code: string;
  /** Parsed from the stored, signed JSON; null if that JSON is unreadable. */
  content: CertificateContent | null;
  /** The exact signed text, for offline checks. */
  contentJson: string;
  signature: string;
  keyId: string;
  signatureValid: boolean;
  status: CertificateStatus;
  issuedAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
  /** Null after the learner deleted their account. */
  userId: string | null;
}

/**
 * The certificate with this (normalised) code, or null. `ownerId` limits it to that learner's
 * certificates, for owner-only views; leave it out for the public verification page.
 */
export async function readCertificate(options: { code: string; ownerId?: string }): Promise<CertificateRecord | null> {
  const row = await db.certificate.findFirst({
    where: { code: options.code, ...(options.ownerId !== undefined ? { userId: options.ownerId } : {}) },
    select: {
      code: true,
      userId: true,
      contentJson: true,
      signature: true,
      signingKeyId: true,
      issuedAt: true,
      revokedAt: true,
      revokedReason: true,
    },
  });
  if (!row) return null;
  const key = (await listTrustedKeys()).find((trusted) => trusted.keyId === row.signingKeyId);
  const content = parseContent(row.contentJson);
  const signatureValid = content !== null && key !== undefined && verifyCertificateSignature(content, row.signature, key.publicKeyPem);
  return {
    code: row.code,
    content,
    contentJson: row.contentJson,
    signature: row.signature,
    keyId: row.signingKeyId,
    signatureValid,
    status: row.revokedAt ? 'revoked' : signatureValid ? 'valid' : 'signature-mismatch',
    issuedAt: row.issuedAt,
    revokedAt: row.revokedAt,
    revokedReason: row.revokedReason,
    userId: row.userId,
  };
}

function parseContent(json: string): CertificateContent | null {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && 'code' in value && 'learner' in value ? (value as CertificateContent) : null;
  } catch {
    return null;
  }
}
