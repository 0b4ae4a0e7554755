import 'server-only';
import { db } from '@/lib/server/db/client';
import type { ModuleDefinition, ScenarioDefinition } from '@/lib/scenario/definition';
import { loadSourceRegister } from '@/lib/scenario/scenario-files';
import { citationPlaces } from '@/lib/scenario/source-citations';
import { sourcesNeedingReview, type RegisteredSource } from '@/lib/scenario/source-register';

export interface SourceCurrency {
  source: RegisteredSource;
  /** Past its review-by date on `today`, or superseded. */
  needsReview: boolean;
  /** Published scenario versions that cite it, with the scenes and endings that do. */
  citedBy: Array<{ scenarioId: string; title: string; version: number; places: string[]; review?: { by: string; date: string } }>;
  /** Module versions (what a certificate names) that carry a citing scenario version, with how many certificates each has issued. */
  certifiedBy: Array<{ moduleId: string; title: string; version: number; certificates: number }>;
}

interface PublishedScenario {
  definition: ScenarioDefinition;
  publishedAt: Date;
}

/**
 * The scenario versions a module version carries: for each scenario it lists, the newest version
 * published with or before it. Publishing (from files or the studio) writes a module's changed
 * scenarios before the module version in one transaction, and a module version's content hash covers
 * its scenarios' hashes, so this is the set its certificates were earned on.
 */
function carriedBy(moduleScenarioIds: readonly string[], publishedAt: Date, scenarios: readonly PublishedScenario[]): ScenarioDefinition[] {
  return moduleScenarioIds.flatMap((scenarioId) => {
    const newest = scenarios
      .filter((scenario) => scenario.definition.id === scenarioId && scenario.publishedAt <= publishedAt)
      .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.definition.version - a.definition.version)[0];
    return newest ? [newest.definition] : [];
  });
}

/**
 * Every registered source with whether it needs review on `today` (YYYY-MM-DD, UK date), the
 * published scenario versions, scenes and endings that cite it, and the module versions (and so the
 * certificates) resting on those scenario versions, for the admin console.
 * Reads the register from disk (as publishing does) and the published definitions from the database.
 */
export async function listSourceCurrency({ today }: { today: string }): Promise<SourceCurrency[]> {
  const { register } = loadSourceRegister();
  const due = new Set(sourcesNeedingReview(register, today).map((source) => source.id));
  const [versions, moduleVersions] = await Promise.all([
    db.scenarioVersion.findMany({
      orderBy: [{ scenarioId: 'asc' }, { version: 'desc' }],
      select: { definitionJson: true, publishedAt: true },
    }),
    db.moduleVersion.findMany({
      orderBy: [{ moduleId: 'asc' }, { version: 'desc' }],
      select: { moduleId: true, version: true, definitionJson: true, publishedAt: true, module: { select: { title: true } }, _count: { select: { certificates: true } } },
    }),
  ]);
  const scenarios: PublishedScenario[] = versions.map((row) => ({ definition: JSON.parse(row.definitionJson) as ScenarioDefinition, publishedAt: row.publishedAt }));
  const modules = moduleVersions.map((row) => ({
    moduleId: row.moduleId,
    title: row.module.title,
    version: row.version,
    certificates: row._count.certificates,
    carries: carriedBy((JSON.parse(row.definitionJson) as Pick<ModuleDefinition, 'scenarios'>).scenarios, row.publishedAt, scenarios),
  }));
  const cites = (definition: ScenarioDefinition, sourceId: string) => citationPlaces(definition).filter((citation) => citation.sourceId === sourceId);
  return [...register.values()].map((source) => ({
    source,
    needsReview: due.has(source.id),
    citedBy: scenarios.flatMap(({ definition }) => {
      const places = [...new Set(cites(definition, source.id).map((citation) => citation.place))];
      return places.length === 0 ? [] : [{ scenarioId: definition.id, title: definition.title, version: definition.version, places, ...(definition.review ? { review: definition.review } : {}) }];
    }),
    certifiedBy: modules
      .filter((moduleVersion) => moduleVersion.carries.some((definition) => cites(definition, source.id).length > 0))
      .map(({ moduleId, title, version, certificates }) => ({ moduleId, title, version, certificates })),
  }));
}
