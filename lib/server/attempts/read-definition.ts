import 'server-only';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { LruCache } from '@/lib/cache/lru-cache';
import { db } from '@/lib/server/db/client';

/** Published versions in use at once are few (one per scenario, plus older ones attempts stay on). */
const definitions = new LruCache<string, ScenarioDefinition>(256);

/**
 * Parses a stored definition. Published versions never change, so the parsed object is
 * cached by its row id (bounded, least recently used out first).
 */
export function readDefinition(version: { id: string; definitionJson: string }): ScenarioDefinition {
  const cached = definitions.get(version.id);
  if (cached) return cached;
  const definition = JSON.parse(version.definitionJson) as ScenarioDefinition;
  definitions.set(version.id, definition);
  return definition;
}

/**
 * The definition of scenario version `versionId`, read from the database only when it is not
 * cached yet: the hot paths (saving a decision) then select the version's id alone, not its
 * 20–30 kB of JSON. Throws when no such version exists (the caller found its id on a row that
 * references it, so this means the row was deleted meanwhile).
 */
export async function loadDefinition(versionId: string): Promise<ScenarioDefinition> {
  const cached = definitions.get(versionId);
  if (cached) return cached;
  const version = await db.scenarioVersion.findUniqueOrThrow({ where: { id: versionId }, select: { id: true, definitionJson: true } });
  return readDefinition(version);
}
