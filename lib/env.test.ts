import path from 'node:path';
import { describe, expect, it } from 'vitest';
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

describe('publicOriginOf', () => {
  it('is PUBLIC_BASE_URL when set, and the quick start http://localhost:PORT otherwise', () => {
    expect(publicOriginOf({ PUBLIC_BASE_URL: 'https://cpd.example.org', PORT: 3000 })).toBe('https://cpd.example.org');
    expect(publicOriginOf({ PUBLIC_BASE_URL: undefined, PORT: 4123 })).toBe('http://localhost:4123');
  });
});
