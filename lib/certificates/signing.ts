import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { canonicalJson } from '@/lib/json/canonical-json';

/**
 * Ed25519 signatures over the canonical JSON of a certificate, so anyone holding the published
 * public key can check a certificate offline. Keys travel as PEM (PKCS#8 private, SPKI public);
 * signatures as base64url without padding.
 */

export interface SigningKeyPair {
  /** First 16 hex digits of the SHA-256 of the public key's DER (SPKI) encoding. */
  keyId: string;
  publicKeyPem: string;
  privateKeyPem: string;
}

/** A fresh Ed25519 key pair with its key id. */
export function generateSigningKeyPair(): SigningKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { keyId: keyIdOf(publicKey), publicKeyPem: publicKey, privateKeyPem: privateKey };
}

/** The key id of a public key (PEM), or of the public half of a private key (PEM). */
export function keyIdOf(keyPem: string): string {
  const der = createPublicKey(keyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/** The public key (PEM) belonging to a private key (PEM), e.g. one given in CERTIFICATE_SIGNING_KEY. */
export function publicKeyPemOf(privateKeyPem: string): string {
  return createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
}

/** A published key as it appears in `/.well-known/postwise-certificate-keys.json` (RFC 8037 JWK plus the PEM). */
export interface PublishedKey {
  kid: string;
  kty: 'OKP';
  crv: 'Ed25519';
  alg: 'EdDSA';
  use: 'sig';
  x: string;
  pem: string;
}

/** The public key in the form published at the well-known URL. */
export function toPublishedKey(publicKeyPem: string): PublishedKey {
  const key = createPublicKey(publicKeyPem);
  const jwk = key.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new TypeError('Not an Ed25519 public key');
  return {
    kid: keyIdOf(publicKeyPem),
    kty: 'OKP',
    crv: 'Ed25519',
    alg: 'EdDSA',
    use: 'sig',
    x: jwk.x,
    pem: key.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Signs the canonical JSON of `content`; returns the signature as base64url. */
export function signCertificate(content: unknown, privateKeyPem: string): string {
  return sign(null, Buffer.from(canonicalJson(content), 'utf8'), privateKeyPem).toString('base64url');
}

/**
 * Whether `signatureB64url` is a valid signature of the canonical JSON of `content` under the key.
 * False (never a throw) for a malformed signature; a malformed key still throws, as that is our fault.
 */
export function verifyCertificateSignature(content: unknown, signatureB64url: string, publicKeyPem: string): boolean {
  if (!/^[A-Za-z0-9_-]{86}$/.test(signatureB64url)) return false;
  const key = createPublicKey(publicKeyPem);
  return verify(null, Buffer.from(canonicalJson(content), 'utf8'), key, Buffer.from(signatureB64url, 'base64url'));
}
