import 'server-only';
import { keyIdOf, publicKeyPemOf } from '@/lib/certificates/signing';
import { getEnv } from '@/lib/env';
import { db } from '@/lib/server/db/client';

/** A public key certificates may be verified against: its key id and SPKI PEM. */
export interface TrustedKey {
  keyId: string;
  publicKeyPem: string;
}

/**
 * The public keys certificates are verified against (and published), oldest first.
 * With CERTIFICATE_SIGNING_KEY set, configuration is the only authority: the configured key and
 * CERTIFICATE_RETIRED_PUBLIC_KEYS, never rows of the `SigningKey` table, so someone who can insert
 * a row cannot make their own certificates verify. Without it (demo), the table's generated keys
 * are the keys, because that is where they were made and kept.
 */
export async function listTrustedKeys(): Promise<TrustedKey[]> {
  const env = getEnv();
  if (env.CERTIFICATE_SIGNING_KEY) {
    const pems = [...env.CERTIFICATE_RETIRED_PUBLIC_KEYS, publicKeyPemOf(env.CERTIFICATE_SIGNING_KEY)];
    const byId = new Map(pems.map((publicKeyPem) => [keyIdOf(publicKeyPem), publicKeyPem]));
    return [...byId].map(([keyId, publicKeyPem]) => ({ keyId, publicKeyPem }));
  }
  const rows = await db.signingKey.findMany({
    where: { privateKey: { not: '' } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, publicKey: true },
  });
  return rows.map((row) => ({ keyId: row.id, publicKeyPem: row.publicKey }));
}
