import 'server-only';
import type { ScenarioDefinition } from '@/lib/scenario/definition';

const definitions = new Map<string, ScenarioDefinition>();
const CACHE_SIZE = 64;

/**
 * Parses a stored definition. Published versions never change, so the parsed object is
 * cached by its row id (bounded, oldest out first).
 */
export function readDefinition(version: { id: string; definitionJson: string }): ScenarioDefinition {
  let definition = definitions.get(version.id);
  if (!definition) {
    definition = JSON.parse(version.definitionJson) as ScenarioDefinition;
    if (definitions.size >= CACHE_SIZE) definitions.delete(definitions.keys().next().value as string);
    definitions.set(version.id, definition);
  }
  return definition;
}
