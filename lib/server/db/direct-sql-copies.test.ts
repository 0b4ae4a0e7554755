import { expect, it, vi } from 'vitest';

// Next.js bundles a server module once per layer (server components, route handlers, SSR) while
// the app's one Prisma client lives on globalThis: the copy of direct-sql.ts that attached the
// statements to the client is often not the one reading them. Two fresh module graphs stand in for two layers.
it('finds the statements another copy of the module attached to the client', async () => {
  vi.resetModules();
  const attaching = await import('./direct-sql');
  vi.resetModules();
  const reading = await import('./direct-sql');
  expect(reading).not.toBe(attaching);

  const client = { $connect: async () => undefined };
  attaching.attachDirectSql(client, { backend: undefined });
  expect(reading.directSql(client)).toBe(attaching.directSql(client));
});

it('refuses a client that nothing was attached to', async () => {
  const { directSql } = await import('./direct-sql');
  expect(() => directSql({})).toThrow('This database client was not made by createPrismaClient');
});
