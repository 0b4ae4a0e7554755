import { canonicalJson } from '@/lib/json/canonical-json';
import { resolveSources } from '../citations';
import { DEFINITION_FORMAT, type ScenarioDefinition } from '../definition';
import type { Frontmatter } from '../frontmatter';
import { sha256Hex } from '../sha256';
import { bestChoiceLongestWarning } from './best-choice-longest';
import { START, type CompileContext } from './context';

/**
 * Emit pass (W104): the scenario-wide warning on what was lowered, then the plain-JSON definition
 * with its `contentHash`, the SHA-256 of the canonical JSON of everything else (ADR 002).
 */

/** W104, reported at line 1 because it spans the scenario's scenes. */
export function checkChoiceLengths(context: CompileContext): void {
  const lengthTell = bestChoiceLongestWarning(context.scenes);
  if (lengthTell) context.report('W104', START, lengthTell);
}

/** The definition from valid front matter, the start scene and the lowered scenes and endings. */
export function emitDefinition(context: CompileContext, frontmatter: Frontmatter, start: string): ScenarioDefinition {
  const withoutHash: Omit<ScenarioDefinition, 'contentHash'> = {
    format: DEFINITION_FORMAT,
    id: frontmatter.id,
    version: frontmatter.version,
    title: frontmatter.title,
    summary: frontmatter.summary,
    platform: frontmatter.platform,
    minutes: frontmatter.minutes,
    outcomes: frontmatter.outcomes,
    objectives: frontmatter.objectives,
    sources: resolveSources(frontmatter.sources, context.register).sources,
    variables: frontmatter.variables,
    start,
    ...(frontmatter.reflection === undefined ? {} : { reflection: frontmatter.reflection }),
    ...(frontmatter.audience === undefined ? {} : { audience: frontmatter.audience }),
    ...(frontmatter.review === undefined ? {} : { review: frontmatter.review }),
    scenes: context.scenes,
    endings: context.endings,
  };
  return { ...withoutHash, contentHash: sha256Hex(canonicalJson(withoutHash)) };
}
