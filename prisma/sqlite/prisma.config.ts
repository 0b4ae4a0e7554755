import { defineConfig } from 'prisma/config';
import { getEnv } from '../../lib/env';

// For Prisma's own CLI on a machine that has its schema-engine binary, e.g.
// `npx prisma migrate deploy --config prisma/sqlite/prisma.config.ts`. Postwise itself
// migrates with `npm run db:migrate`, which needs no binary.
export default defineConfig({
  schema: './schema.prisma',
  migrations: { path: './migrations' },
  datasource: { url: getEnv().DATABASE_URL },
});
