import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getEnv } from '@/lib/env';
import { migrationsDirectory } from '@/lib/server/db/migration-status';
import { providers } from './render-schema';
import { migrationFolderName, migrationLockToml } from './migration-files';
import { diffMigrationsToSchema } from './schema-diff';

// Usage: npm run db:migration -- <name>
// Writes the migration that takes each provider's committed migrations to the current
// models.prisma, in Prisma's own folder layout so `prisma migrate deploy` can apply it too.

async function main() {
  const folder = migrationFolderName(process.argv.slice(2).join(' '), new Date());
  const { TEST_DATABASE_URL } = getEnv();
  let written = 0;
  for (const provider of providers) {
    const script = await diffMigrationsToSchema({ provider, postgresServerUrl: TEST_DATABASE_URL });
    if (script === null) {
      console.log(`${provider}: migrations already match models.prisma, nothing written.`);
      continue;
    }
    const directory = migrationsDirectory(provider);
    await mkdir(path.join(directory, folder), { recursive: true });
    await writeFile(path.join(directory, folder, 'migration.sql'), script);
    await writeFile(path.join(directory, 'migration_lock.toml'), migrationLockToml(provider));
    console.log(`${provider}: wrote ${path.relative(process.cwd(), path.join(directory, folder, 'migration.sql'))}`);
    written += 1;
  }
  if (written === 0) console.log('No schema change to migrate. Edit prisma/models.prisma first.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
