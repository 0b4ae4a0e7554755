import 'server-only';
import { type PublishedKey, toPublishedKey } from '@/lib/certificates/signing';
import { listTrustedKeys } from './list-trusted-keys';

/**
 * Every public key certificates verify against, oldest first (see listTrustedKeys), so
 * certificates stay checkable offline after a key is rotated.
 */
export async function listPublishedKeys(): Promise<PublishedKey[]> {
  return (await listTrustedKeys()).map((key) => toPublishedKey(key.publicKeyPem));
}
