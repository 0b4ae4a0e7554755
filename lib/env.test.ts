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

import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { publicOriginOf, resolveDatabaseUrl } from './env';
  });
});
