import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it, vi } from 'vitest';
import { listCertificatesForAdmin } from '@/lib/server/certificates/list-certificates-for-admin';
import { listPracticesForAdmin } from '@/lib/server/users/list-practices-for-admin';
import { listUsers } from '@/lib/server/users/list-users';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { describeEachDatabase } from '@/tests/integration/support/test-database';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

/**
 * The admin console's searches (users, practices, certificates) find `%`, `_` and `\` as typed,
 * the same fault as the dashboard's staff search: with them live, `_` listed every row.
 */
describeEachDatabase('Admin searches with LIKE wildcards typed in', (getDb) => {
  const tag = randomUUID().slice(0, 8);
  beforeAll(async () => {
    const db = getDb();
    useTestDatabase(db);
    const cpdModule = await db.cpdModule.create({ data: { id: `admin-wild-${tag}`, title: 'Admin wild' }, select: { id: true } });
    const version = await db.moduleVersion.create({ data: { moduleId: cpdModule.id, version: 1, definitionJson: '{}', contentHash: `admin-wild-${tag}` }, select: { id: true } });
    for (const [label, name] of [['under', `Ann_Lee ${tag}`], ['percent', `Bob 100% ${tag}`], ['slash', `Cat \\ ${tag}`], ['plain', `Dan Plain ${tag}`]] as const) {
      const user = await db.user.create({ data: { email: `${label}.${tag}@example.test`, name }, select: { id: true } });
      await db.practice.create({ data: { name: `${name} Dental` } });
      await db.certificate.create({
        data: { code: `PW-${label}-${tag}`, userId: user.id, moduleId: cpdModule.id, moduleVersionId: version.id, contentJson: JSON.stringify({ learner: { name } }), signature: 'x', signingKeyId: 'k' },
      });
    }
  });

  const cases = [
    { q: '_', found: ['under'] },
    { q: '%', found: ['percent'] },
    { q: '\\', found: ['slash'] },
    { q: '%_', found: [] },
  ];

  it('lists users, practices and certificates holding the typed characters only', async () => {
    for (const { q, found } of cases) {
      // Every row of this run carries the tag; other tests' rows are left out by it.
      const mine = (text: string) => text.includes(tag);
      const users = (await listUsers({ search: q, take: 1000 })).filter((user) => mine(user.email)).map((user) => user.email.split('.')[0]);
      const practices = (await listPracticesForAdmin({ search: q, take: 1000 })).filter((practice) => mine(practice.name)).map((practice) => practice.name);
      const certificates = (await listCertificatesForAdmin({ search: q, take: 1000 })).filter((certificate) => mine(certificate.code)).map((certificate) => certificate.code.split('-')[1]);
      const names = { under: `Ann_Lee ${tag} Dental`, percent: `Bob 100% ${tag} Dental`, slash: `Cat \\ ${tag} Dental` } as Record<string, string>;
      expect({ q, users, practices, certificates }).toEqual({ q, users: found, practices: found.map((label) => names[label]), certificates: found });
    }
  });
});
