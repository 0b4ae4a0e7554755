import 'server-only';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';

let cached: Promise<string> | undefined;

/**
 * The Auth.js secret. AUTH_SECRET wins. Without it, the SQLite quick start generates a random
 * secret once and keeps it in `auth-secret` beside the database file, so every process using that
 * database agrees on it. PostgreSQL deployments run several instances on several machines, so they
 * must set AUTH_SECRET: a per-instance secret would break sign-in links opened on another instance.
 */
export function getAuthSecret(): Promise<string> {
  cached ??= resolveAuthSecret().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function resolveAuthSecret(): Promise<string> {
  const env = getEnv();
  if (env.AUTH_SECRET) return env.AUTH_SECRET;

  if (!env.DATABASE_URL.startsWith('file:') || env.DATABASE_URL === 'file::memory:') {
    throw new AppError('CONFIGURATION', 'AUTH_SECRET is required with PostgreSQL (generate one with: openssl rand -base64 32).');
  }
  const secretFile = path.join(path.dirname(env.DATABASE_URL.slice('file:'.length)), 'auth-secret');
  if (process.env.NODE_ENV === 'production') {
    console.warn(`AUTH_SECRET is not set: using the generated secret in ${secretFile}. Set AUTH_SECRET for production.`);
  }
  return readOrCreateSecret(secretFile);
}

async function readOrCreateSecret(secretFile: string): Promise<string> {
  const existing = await readSecret(secretFile);
  if (existing) return existing;
  await mkdir(path.dirname(secretFile), { recursive: true });
  try {
    // 'wx' fails if another process created the file first; then its secret is the one to use.
    await writeFile(secretFile, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const created = await readSecret(secretFile);
  if (!created) throw new AppError('CONFIGURATION', `Could not read the generated Auth.js secret in ${secretFile}.`);
  return created;
}

async function readSecret(secretFile: string): Promise<string | undefined> {
  try {
    const value = (await readFile(secretFile, 'utf8')).trim();
    return value.length >= 32 ? value : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
