import 'server-only';
import { generateSigningKeyPair, keyIdOf, publicKeyPemOf } from '@/lib/certificates/signing';
import { getEnv } from '@/lib/env';
import { db } from '@/lib/server/db/client';
import { isUniqueViolation } from '@/lib/server/db/unique-violation';

/** The private key that signs new certificates, and its key id. */
export interface ActiveSigningKey {
  keyId: string;
  privateKeyPem: string;
}

/**
 * The key to sign with. CERTIFICATE_SIGNING_KEY wins when set; its public half is recorded in
 * `SigningKey` (with an empty private key: the secret stays outside the database) as a record of
 * which keys have signed, but verification trusts configuration only (see listTrustedKeys). Otherwise the oldest generated key in the database is used,
 * and the first call on an empty database generates one.
 *
 * Two instances starting together may each insert a key. Each then signs with whatever the oldest
 * stored key is after its own insert, so a key is only ever used once it is stored (and therefore
 * published); every later call agrees on the same, oldest key. Not cached, because the database
 * is the one source of truth and the lookup is a single indexed read.
 */
export async function getSigningKey(): Promise<ActiveSigningKey> {
  const configured = getEnv().CERTIFICATE_SIGNING_KEY;
  if (configured) {
    const keyId = keyIdOf(configured);
    const known = await db.signingKey.findUnique({ where: { id: keyId }, select: { id: true } });
    if (!known) await insertIgnoringDuplicate({ id: keyId, publicKey: publicKeyPemOf(configured), privateKey: '' });
    return { keyId, privateKeyPem: configured };
  }

  const stored = await oldestGeneratedKey();
  if (stored) return stored;
  const generated = generateSigningKeyPair();
  await insertIgnoringDuplicate({ id: generated.keyId, publicKey: generated.publicKeyPem, privateKey: generated.privateKeyPem });
  const winner = await oldestGeneratedKey();
  if (!winner) throw new Error('The signing key just stored cannot be read back.');
  return winner;
}

async function oldestGeneratedKey(): Promise<ActiveSigningKey | null> {
  const row = await db.signingKey.findFirst({
    where: { privateKey: { not: '' } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, privateKey: true },
  });
  return row ? { keyId: row.id, privateKeyPem: row.privateKey } : null;
}

async function insertIgnoringDuplicate(data: { id: string; publicKey: string; privateKey: string }): Promise<void> {
  try {
    await db.signingKey.create({ data, select: { id: true } });
  } catch (error) {
    // Another instance recorded the same key first: the row we wanted exists.
    if (!isUniqueViolation(error)) throw error;
  }
}
