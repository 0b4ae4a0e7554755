import 'server-only';
import { getEnv } from '@/lib/env';
import { createPrismaClient, type Database } from './create-client';

export type { Database, Prisma } from './create-client';

// Next's dev server re-evaluates modules on every edit; keeping the client on globalThis
// stops each reload from opening another connection pool (harmless in production).
const globalForDb = globalThis as unknown as { postwiseDb?: Database };

/** The app's one Prisma client, on the database named by DATABASE_URL. */
export const db: Database = (globalForDb.postwiseDb ??= createPrismaClient({ databaseUrl: getEnv().DATABASE_URL }));
