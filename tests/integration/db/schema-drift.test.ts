import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getEnv } from '@/lib/env';
import { providers, readModels, renderSchema, schemaPath } from '@/scripts/db/render-schema';
import { diffMigrationsToSchema } from '@/scripts/db/schema-diff';
import { describeEachProvider } from '@/tests/integration/support/test-database';

describe('rendered schemas', () => {
  it.each(providers)('prisma/%s/schema.prisma is models.prisma as rendered now', (provider) => {
    const committed = readFileSync(schemaPath(provider), 'utf8');
    expect(
      committed === renderSchema(provider),
      `${path.relative(process.cwd(), schemaPath(provider))} is stale: run npm run db:generate`,
    ).toBe(true);
  });
});

describeEachProvider('committed migrations', (provider) => {
  const postgresServerUrl = () => getEnv().TEST_DATABASE_URL;

  it('build exactly the schema of models.prisma', async () => {
    const missing = await diffMigrationsToSchema({ provider, postgresServerUrl: postgresServerUrl() });
    expect(
      missing,
      `The ${provider} migrations do not produce models.prisma. Run npm run db:migration -- <name> to add:\n${missing}`,
    ).toBeNull();
  });

  it('are reported as drifted once models.prisma gains a field they lack', async () => {
    const drifted = readModels().replace(/^model User \{$/m, 'model User {\n  driftProbe String?');

    const missing = await diffMigrationsToSchema({
      provider,
      postgresServerUrl: postgresServerUrl(),
      schema: renderSchema(provider, drifted),
    });

    expect(missing).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"driftProbe" TEXT/);
  });
});
