import { applyDecision } from '@/lib/play/apply-decision';
import { RATINGS, type PlayContext, type PlayEvent, type Rating, type ScenarioDefinition, type SceneDefinition } from '@/lib/scenario/definition';
import { playPosition, visibleChoices } from '@/lib/scenario/runtime/machine';

/** A way through a scenario: the decisions in order and the rating of the ending they reach. */
export interface DemoPlayPath {
  events: PlayEvent[];
  rating: Rating;
}

// Deeper than any scenario the compiler accepts goes; it stops a looping scenario from recursing forever.
const MAX_DECISIONS = 200;

/**
 * The decisions a careful learner makes from `snapshot` (a persisted snapshot of `definition`'s
 * machine, as an attempt stores it) to the best-rated ending reachable, fewest decisions among
 * equals, judged by the server's own replay (applyDecision, with the attempt's `choiceSeed`). A
 * written reply is the scenario's model reply, or else an author's example the checks pass.
 * Returns null when no ending can be reached that way. Pure; for the demo learner's certificate.
 */
export function demoPlayPath(options: { definition: ScenarioDefinition; snapshot: unknown; choiceSeed: number }): DemoPlayPath | null {
  const { definition, choiceSeed } = options;
  const best = new Map<string, DemoPlayPath | null>();
  const onPath = new Set<string>();

  const explore = (snapshot: unknown, depth: number): DemoPlayPath | null => {
    const { value, context } = snapshot as { value: unknown; context: PlayContext };
    const position = playPosition(definition, { value });
    if (position.kind === 'ending') return { events: [], rating: position.ending.rating };
    // The same scene with the same flags and counters leads to the same endings, whatever came before.
    const key = `${String(value)}\u0000${JSON.stringify([context.flags, context.counters])}`;
    if (best.has(key)) return best.get(key) ?? null;
    if (onPath.has(key) || depth >= MAX_DECISIONS) return null;
    onPath.add(key);
    let found: DemoPlayPath | null = null;
    for (const event of candidateEvents(position.scene, context)) {
      const outcome = applyDecision({ definition, snapshot, event, choiceSeed });
      if (!outcome.ok) continue;
      const rest = explore(outcome.snapshot, depth + 1);
      const path = rest && { events: [event, ...rest.events], rating: rest.rating };
      if (path && (!found || isBetter(path, found))) found = path;
    }
    onPath.delete(key);
    best.set(key, found);
    return found;
  };
  return explore(options.snapshot, 0);
}

/** What a learner could do in `scene`: each visible choice, or the one written reply the author vouches for. */
function candidateEvents(scene: SceneDefinition, context: PlayContext): PlayEvent[] {
  if (scene.decision.kind === 'choices') return visibleChoices(scene, context).map((choice) => ({ type: 'CHOOSE', choiceId: choice.id }));
  if (scene.decision.kind === 'compose') {
    const { compose } = scene.decision;
    const text = compose.model ?? compose.examples?.find((example) => example.verdict === 'pass')?.text;
    return text ? [{ type: 'COMPOSE', text }] : [];
  }
  return [];
}

/** `a` beats `b` when its ending is rated higher (RATINGS runs best first), or as high with fewer decisions. */
function isBetter(a: DemoPlayPath, b: DemoPlayPath): boolean {
  const rank = (rating: Rating) => RATINGS.indexOf(rating);
  return rank(a.rating) < rank(b.rating) || (rank(a.rating) === rank(b.rating) && a.events.length < b.events.length);
}
