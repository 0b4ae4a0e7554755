import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Provider } from '@/lib/server/db/provider';

/** A throwaway database and the way to remove it. */
export type ScratchDatabase = { databaseUrl: string; drop(): Promise<void> };

/** The URL of another database on the same PostgreSQL server. */
export function postgresDatabaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates an empty database: a temporary SQLite file, or a new PostgreSQL database on the
 * server of `postgresServerUrl` (created from `template` when given, which copies it whole).
 */
export async function createScratchDatabase(options: {
  provider: Provider;
  postgresServerUrl: string;
  prefix?: string;
  template?: string;
}): Promise<ScratchDatabase> {
  const name = `${options.prefix ?? 'postwise_scratch'}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  if (options.provider === 'sqlite') {
    const filePath = path.join(tmpdir(), `${name}.db`);
    return {
      databaseUrl: `file:${filePath}`,
      drop: async () => {
        await Promise.all(
          ['', '-wal', '-shm', '.migrate-lock'].map((suffix) => rm(`${filePath}${suffix}`, { force: true })),
        );
      },
    };
  }
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: options.postgresServerUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const template = options.template ? ` TEMPLATE "${options.template}"` : '';
  await admin(`CREATE DATABASE "${name}"${template}`);
  return {
    databaseUrl: postgresDatabaseUrl(options.postgresServerUrl, name),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
