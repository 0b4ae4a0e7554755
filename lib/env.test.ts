import path from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { publicOriginOf, resolveDatabaseUrl } from './env';

describe('resolveDatabaseUrl', () => {
  it('anchors a relative SQLite path at the repository root', () => {
    expect(resolveDatabaseUrl('file:./data/postwise.db')).toBe(`file:${path.join(process.cwd(), 'data', 'postwise.db')}`);
  });

  it('leaves absolute SQLite paths, in-memory databases and PostgreSQL URLs alone', () => {
    for (const url of ['file:/srv/postwise.db', 'file::memory:', 'postgresql://app@db:5432/postwise']) {
      expect(resolveDatabaseUrl(url)).toBe(url);
    }
  });
});

describe('CERTIFICATE_RETIRED_PUBLIC_KEYS', () => {
  const publicKeyPem = () => generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString().trim();

  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('reads one or more PEM public keys, also with line breaks written as \\n', async () => {
    const keys = [publicKeyPem(), publicKeyPem()];
    vi.stubEnv('CERTIFICATE_RETIRED_PUBLIC_KEYS', keys.join('\n').replace(/\n/g, '\\n'));
    const { getEnv } = await import('./env');
    expect(getEnv().CERTIFICATE_RETIRED_PUBLIC_KEYS).toEqual(keys);
  });

  it('refuses anything that is not a PEM public key, naming the variable', async () => {
    vi.stubEnv('CERTIFICATE_RETIRED_PUBLIC_KEYS', 'ssh-ed25519 AAAAC3Nza…');
    const { getEnv } = await import('./env');
    expect(() => getEnv()).toThrow(/CERTIFICATE_RETIRED_PUBLIC_KEYS/);
  });
});

describe('publicOriginOf', () => {
  it('is PUBLIC_BASE_URL when set, and the quick start http://localhost:PORT otherwise', () => {
    expect(publicOriginOf({ PUBLIC_BASE_URL: 'https://cpd.example.org', PORT: 3000 })).toBe('https://cpd.example.org');
    expect(publicOriginOf({ PUBLIC_BASE_URL: undefined, PORT: 4123 })).toBe('http://localhost:4123');
  });
});
