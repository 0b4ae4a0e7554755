import 'server-only';
import { keyIdOf, publicKeyPemOf, type PublishedKey, toPublishedKey } from '@/lib/certificates/signing';
import { getEnv } from '@/lib/env';
import { db } from '@/lib/server/db/client';

/**
 * Every public key that has ever signed a certificate, oldest first, plus the configured key even
 * before its first use, so certificates stay checkable offline after a key is rotated.
 */
export async function listPublishedKeys(): Promise<PublishedKey[]> {
  const rows = await db.signingKey.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { publicKey: true } });
  const keys = rows.map((row) => toPublishedKey(row.publicKey));
  const configured = getEnv().CERTIFICATE_SIGNING_KEY;
  if (configured && !keys.some((key) => key.kid === keyIdOf(configured))) keys.push(toPublishedKey(publicKeyPemOf(configured)));
  return keys;
}
