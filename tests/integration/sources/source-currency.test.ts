import { beforeAll, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { useTestDatabaseWithLibrary } from '@/tests/integration/support/library-database';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);

const { listSourceCurrency } = await import('@/lib/server/sources/list-source-currency');

describeEachDatabase('Guidance currency for admins', (getDb) => {
  beforeAll(async () => {
    await useTestDatabaseWithLibrary(getDb());
  });

  it('lists every registered source with the published scenario versions and scenes citing it, and flags it once past review-by', async () => {
    useTestDatabase(getDb());
    const today = await listSourceCurrency({ today: '2026-11-29' });
    const standards = today.find((entry) => entry.source.id === 'gdc-standards')!;
    expect(standards.needsReview).toBe(false);
    expect(standards.citedBy).toContainEqual(
      expect.objectContaining({ scenarioId: 'one-star-review', places: ['the-review', 'the-records', 'public-rebuttal'], review: { by: 'Postwise content team', date: '2026-11-29' } }),
    );
    expect(standards.citedBy.map((citation) => citation.scenarioId).sort()).toEqual(['bad-day', 'closed-forum', 'lab-bench-photos', 'one-star-review', 'privacy-check']);

    // The module version a certificate names rests on those scenario versions; one published before them does not.
    const moduleVersion = await getDb().moduleVersion.findFirstOrThrow({ where: { moduleId: 'social-media' }, orderBy: { version: 'desc' }, select: { id: true, version: true } });
    expect(standards.certifiedBy).toEqual([{ moduleId: 'social-media', title: 'Social media and your professional reputation', version: moduleVersion.version, certificates: 0 }]);
    await getDb().certificate.create({
      data: { code: `currency-${Date.now()}`, moduleId: 'social-media', moduleVersionId: moduleVersion.id, contentJson: '{}', signature: 'test', signingKeyId: 'test' },
    });
    await getDb().moduleVersion.create({
      data: { moduleId: 'social-media', version: 0, definitionJson: JSON.stringify({ scenarios: ['one-star-review'] }), contentHash: 'before-any-scenario', publishedAt: new Date(0) },
    });
    const withCertificate = (await listSourceCurrency({ today: '2026-11-29' })).find((entry) => entry.source.id === 'gdc-standards')!;
    expect(withCertificate.certifiedBy).toEqual([{ moduleId: 'social-media', title: 'Social media and your professional reputation', version: moduleVersion.version, certificates: 1 }]);

    const dayAfterReviewBy = new Date(Date.parse(`${standards.source.reviewBy}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const later = await listSourceCurrency({ today: dayAfterReviewBy });
    expect(later.find((entry) => entry.source.id === 'gdc-standards')!.needsReview).toBe(true);
  });
});
