import { canonicalJson } from '@/lib/json/canonical-json';
import type { ModuleDefinition, ScenarioDefinition } from '@/lib/scenario/definition';
import { sha256Hex } from '@/lib/scenario/sha256';

/**
 * A module's version changes when its own file or any of its scenarios changes: the hash of the
 * module definition and its scenarios' content hashes. Shared by publishing from files and from the studio.
 */
export function moduleContentHash(module: ModuleDefinition, scenarios: ReadonlyArray<Pick<ScenarioDefinition, 'contentHash'>>): string {
  return sha256Hex(canonicalJson({ module, scenarios: scenarios.map((scenario) => scenario.contentHash) }));
}
