import { describe, expect, it } from 'vitest';
import { createPublicKey, verify } from 'node:crypto';
import { canonicalJson } from '@/lib/json/canonical-json';
import { sampleContent } from './sample-certificate.test-support';
import {
  generateSigningKeyPair,
  keyIdOf,
  publicKeyPemOf,
  signCertificate,
  toPublishedKey,
  verifyCertificateSignature,
} from './signing';

const keys = generateSigningKeyPair();

describe('certificate signatures', () => {
  it('verifies a signed certificate, also after a JSON round trip with keys in another order', () => {
    const content = sampleContent();
    const signature = signCertificate(content, keys.privateKeyPem);
    expect(signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(verifyCertificateSignature(content, signature, keys.publicKeyPem)).toBe(true);
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(content).reverse())));
    expect(verifyCertificateSignature(reordered, signature, keys.publicKeyPem)).toBe(true);
  });

  it.each([
    ['the hours', (c: ReturnType<typeof sampleContent>) => ({ ...c, cpdHours: { quarterHours: 8, display: '2 hours' } })],
    ['the learner name', (c: ReturnType<typeof sampleContent>) => ({ ...c, learner: { ...c.learner, name: 'Someone Else' } })],
    ['the GDC number', (c: ReturnType<typeof sampleContent>) => ({ ...c, learner: { ...c.learner, gdcNumber: '654321' } })],
    ['the completion date', (c: ReturnType<typeof sampleContent>) => ({ ...c, completedOn: '2026-08-02' })],
    ['an outcome', (c: ReturnType<typeof sampleContent>) => ({ ...c, outcomes: c.outcomes.slice(1) })],
  ])('fails when %s changed', (_, tamper) => {
    const content = sampleContent();
    const signature = signCertificate(content, keys.privateKeyPem);
    expect(verifyCertificateSignature(tamper(content), signature, keys.publicKeyPem)).toBe(false);
  });

  it('fails under a different key', () => {
    const content = sampleContent();
    const signature = signCertificate(content, keys.privateKeyPem);
    expect(verifyCertificateSignature(content, signature, generateSigningKeyPair().publicKeyPem)).toBe(false);
  });

  it('answers false, not an exception, for a malformed signature', () => {
    expect(verifyCertificateSignature(sampleContent(), 'not-a-signature', keys.publicKeyPem)).toBe(false);
  });

  it('can be checked by a third party with node:crypto and the published key alone', () => {
    const content = sampleContent();
    const signature = signCertificate(content, keys.privateKeyPem);
    const published = JSON.parse(JSON.stringify({ keys: [toPublishedKey(keys.publicKeyPem)] }));
    const jwkKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: published.keys[0].x }, format: 'jwk' });
    expect(verify(null, Buffer.from(canonicalJson(content)), jwkKey, Buffer.from(signature, 'base64url'))).toBe(true);
    expect(verify(null, Buffer.from(canonicalJson(content)), published.keys[0].pem, Buffer.from(signature, 'base64url'))).toBe(true);
  });
});

describe('signing keys', () => {
  it('names a key by 16 hex digits of the SHA-256 of its public DER, the same from either half', () => {
    expect(keys.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(keyIdOf(keys.publicKeyPem)).toBe(keys.keyId);
    expect(keyIdOf(keys.privateKeyPem)).toBe(keys.keyId);
    expect(generateSigningKeyPair().keyId).not.toBe(keys.keyId);
  });

  it('derives the public key from a private key given in the environment', () => {
    expect(publicKeyPemOf(keys.privateKeyPem)).toBe(keys.publicKeyPem);
  });

  it('publishes the key as an Ed25519 JWK with its id', () => {
    const published = toPublishedKey(keys.publicKeyPem);
    expect(published).toMatchObject({ kid: keys.keyId, kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(Buffer.from(published.x, 'base64url')).toHaveLength(32);
  });
});
