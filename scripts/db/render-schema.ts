import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The database providers Postwise supports; each gets its own rendered schema and migrations. */
export const providers = ['sqlite', 'postgresql'] as const;
export type Provider = (typeof providers)[number];

const repoRoot = process.cwd();

/** Where one provider's rendered schema, migrations and CLI config live. */
function providerDirectory(provider: Provider): string {
  return path.join(repoRoot, 'prisma', provider);
}

/** The committed, rendered schema file of one provider. */
export function schemaPath(provider: Provider): string {
  return path.join(providerDirectory(provider), 'schema.prisma');
}

/** Reads the single source of truth, prisma/models.prisma. */
export function readModels(): string {
  return readFileSync(path.join(repoRoot, 'prisma', 'models.prisma'), 'utf8');
}

/** Renders models.prisma into the complete schema of one provider. */
export function renderSchema(provider: Provider, models: string = readModels()): string {
  return `// Generated from prisma/models.prisma by \`npm run db:generate\`; do not edit.

datasource db {
  provider = "${provider}"
}

generator client {
  provider = "prisma-client"
  output   = "../../lib/generated/${provider}"
}

${models.trimEnd()}
`;
}
