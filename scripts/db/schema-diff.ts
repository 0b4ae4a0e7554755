import { applyPendingMigrations, noSchemaFilter } from '@/lib/server/db/migrate';
import { openSchemaEngine } from '@/lib/server/db/schema-engine';
import { renderSchema, type Provider } from './render-schema';
import { createScratchDatabase } from './scratch-database';

/**
 * The SQL that would take a database built from the committed migrations of `provider` to the
 * schema rendered from models.prisma, or null when they already match. Works on a throwaway
 * database (on the PostgreSQL server of `postgresServerUrl` for PostgreSQL).
 */
export async function diffMigrationsToSchema(options: {
  provider: Provider;
  postgresServerUrl: string;
  schema?: string;
}): Promise<string | null> {
  const { provider } = options;
  const scratch = await createScratchDatabase({ provider, postgresServerUrl: options.postgresServerUrl });
  try {
    await applyPendingMigrations({ databaseUrl: scratch.databaseUrl });
    const files = [{ path: 'schema.prisma', content: options.schema ?? renderSchema(provider) }];
    const { engine, close } = await openSchemaEngine({ databaseUrl: scratch.databaseUrl });
    try {
      // The engine cannot build a shadow database for SQLite, so rather than diffing from the
      // migrations folder it describes the database the migrations produced.
      const { exitCode, stdout } = await engine.diff({
        from: { tag: 'schemaDatasource', files, configDir: process.cwd() },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: true,
        filters: noSchemaFilter,
      });
      return exitCode === 0 ? null : (stdout ?? '');
    } finally {
      await close();
    }
  } finally {
    await scratch.drop();
  }
}
