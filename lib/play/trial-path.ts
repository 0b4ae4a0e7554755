import { z } from 'zod';
import type { PlayContext, ScenarioDefinition } from '@/lib/scenario/definition';
import type { PlayPosition } from '@/lib/scenario/runtime/machine';
import { applyDecision, initialSnapshot } from './apply-decision';
import { TRIAL_PATH_MAX_DECISIONS, VERSION_LENGTH, type TrialPath } from './trial-path-query';

export { TRIAL_PATH_MAX_DECISIONS, trialPathQuery, VERSION_LENGTH, type TrialPath } from './trial-path-query';

/** A choice id as the compiler writes it (lib/scenario/compiler/structure.ts): the scene id, a dot, the choice's number. */
const CHOICE_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*\.[0-9]+$/;

const trialPathSchema = z.object({
  v: z.string().regex(/^[0-9a-zA-Z_-]{1,64}$/),
  seed: z.coerce.number().int().min(0).max(0x7fffffff),
  path: z
    .string()
    .max(4_000)
    .transform((value) => (value === '' ? [] : value.split('~')))
    .pipe(z.array(z.string().regex(CHOICE_ID_PATTERN)).min(1).max(TRIAL_PATH_MAX_DECISIONS)),
});

/** The trial path in a save link's search parameters, or null when any part is missing or malformed. */
export function readTrialPath(params: Record<string, string | string[] | undefined>): TrialPath | null {
  const parsed = trialPathSchema.safeParse(params);
  return parsed.success ? { version: parsed.data.v, choiceSeed: parsed.data.seed, choiceIds: parsed.data.path } : null;
}

/** One replayed decision, as the attempt's event stores it. */
export interface ReplayedDecision {
  sceneId: string;
  choiceId: string;
  optionsShown: string[];
}

export type TrialReplay =
  | { ok: true; decisions: ReplayedDecision[]; snapshot: unknown; position: PlayPosition; context: PlayContext }
  | { ok: false; reason: 'stale' | 'tampered'; message: string };

/**
 * Replays a trial path through the scenario's own machine, exactly as the server judges a
 * learner's decisions (applyDecision): every choice must be one the scene offered at that point,
 * in the order `choiceSeed` shows. Nothing the browser says about verdicts, points or time is
 * read. A path played on another version is `stale`; one the machine refuses is `tampered`.
 */
export function replayTrialPath(definition: ScenarioDefinition, path: TrialPath): TrialReplay {
  if (!definition.contentHash.startsWith(path.version) || path.version.length < Math.min(VERSION_LENGTH, definition.contentHash.length)) {
    return { ok: false, reason: 'stale', message: 'This scenario has been updated since you tried it, so your trial cannot be carried over.' };
  }
  let snapshot = initialSnapshot(definition);
  const decisions: ReplayedDecision[] = [];
  for (const [index, choiceId] of path.choiceIds.entries()) {
    const outcome = applyDecision({ definition, snapshot, event: { type: 'CHOOSE', choiceId }, choiceSeed: path.choiceSeed });
    if (!outcome.ok) {
      return { ok: false, reason: 'tampered', message: `Decision ${index + 1} of the trial in this link is not one the scenario offers at that point (${outcome.message})` };
    }
    decisions.push({ sceneId: outcome.sceneId, choiceId, optionsShown: outcome.optionsShown });
    snapshot = outcome.snapshot;
    if (index === path.choiceIds.length - 1) return { ok: true, decisions, snapshot, position: outcome.position, context: outcome.context };
  }
  return { ok: false, reason: 'tampered', message: 'The link carries no decisions.' };
}
