import 'server-only';
import { db } from '@/lib/server/db/client';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { loadSourceRegister } from '@/lib/scenario/scenario-files';
import { citationPlaces } from '@/lib/scenario/source-citations';
import { sourcesNeedingReview, type RegisteredSource } from '@/lib/scenario/source-register';

export interface SourceCurrency {
  source: RegisteredSource;
  /** Past its review-by date on `today`, or superseded. */
  needsReview: boolean;
  /** Published scenario versions that cite it, with the scenes and endings that do. */
  citedBy: Array<{ scenarioId: string; title: string; version: number; places: string[]; review?: { by: string; date: string } }>;
}

/**
 * Every registered source with whether it needs review on `today` (YYYY-MM-DD, UK date) and the
 * published scenario versions, scenes and endings that cite it, for the admin console.
 * Reads the register from disk (as publishing does) and the published definitions from the database.
 */
export async function listSourceCurrency({ today }: { today: string }): Promise<SourceCurrency[]> {
  const { register } = loadSourceRegister();
  const due = new Set(sourcesNeedingReview(register, today).map((source) => source.id));
  const versions = await db.scenarioVersion.findMany({
    orderBy: [{ scenarioId: 'asc' }, { version: 'desc' }],
    select: { definitionJson: true },
  });
  const definitions = versions.map((row) => JSON.parse(row.definitionJson) as ScenarioDefinition);
  return [...register.values()].map((source) => ({
    source,
    needsReview: due.has(source.id),
    citedBy: definitions.flatMap((definition) => {
      const places = [...new Set(citationPlaces(definition).filter((citation) => citation.sourceId === source.id).map((citation) => citation.place))];
      return places.length === 0 ? [] : [{ scenarioId: definition.id, title: definition.title, version: definition.version, places, ...(definition.review ? { review: definition.review } : {}) }];
    }),
  }));
}
