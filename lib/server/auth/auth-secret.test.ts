import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Env } from '@/lib/env';

const env = vi.hoisted(() => ({ current: {} as Partial<Env> }));
vi.mock('@/lib/env', () => ({ getEnv: () => env.current }));

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'postwise-auth-secret-'));
  vi.resetModules();
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function freshGetAuthSecret() {
  return (await import('./auth-secret')).getAuthSecret;
}

describe('getAuthSecret', () => {
  it('uses AUTH_SECRET when it is set', async () => {
    env.current = { AUTH_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgresql://db.example/postwise' };
    expect(await (await freshGetAuthSecret())()).toBe('x'.repeat(40));
  });

  it('generates one secret beside the SQLite file, private to its owner, and every process reuses it', async () => {
    env.current = { DATABASE_URL: `file:${path.join(folder, 'postwise.db')}` };
    const first = await (await freshGetAuthSecret())();
    expect(first.length).toBeGreaterThanOrEqual(32);

    const secretFile = path.join(folder, 'auth-secret');
    expect((await readFile(secretFile, 'utf8')).trim()).toBe(first);
    expect((await stat(secretFile)).mode & 0o777).toBe(0o600);

    // A new module instance stands for another process on the same database.
    expect(await (await freshGetAuthSecret())()).toBe(first);
  });

  it('refuses to run on PostgreSQL without AUTH_SECRET', async () => {
    env.current = { DATABASE_URL: 'postgresql://db.example/postwise' };
    await expect((await freshGetAuthSecret())()).rejects.toMatchObject({ code: 'CONFIGURATION' });
  });
});
