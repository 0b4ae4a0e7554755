import type { ScenarioDefinition } from '@/lib/scenario/definition';

export interface Progress {
  /** Decisions already made. */
  made: number;
  /** The most decisions that could still lie ahead (0 at an ending). */
  remaining: number;
  /** made / (made + remaining), between 0 and 1; 1 at an ending. */
  fraction: number;
}

/**
 * The most decisions on any path from each scene to an ending, on the scene graph (every choice,
 * compose outcome and route taken as possible, like the compiler's reachability checks).
 * A choice or compose costs one decision, a route none. Loops are cut where the depth-first
 * search meets a scene already on its stack, so the figure is the longest loop-free path.
 */
export function longestDecisionsToEnd(definition: ScenarioDefinition): Map<string, number> {
  const scenes = new Map(definition.scenes.map((scene) => [scene.id, scene]));
  const memo = new Map<string, number>();
  const stackDepth = new Map<string, number>();

  /**
   * Returns the longest count from `id` and the shallowest stack depth where a loop was cut
   * below it. A result that depends on a cut above this scene is not final, so it is not memoised.
   */
  function visit(id: string, depth: number): [number, number] {
    const known = memo.get(id);
    if (known !== undefined) return [known, Infinity];
    const cutAt = stackDepth.get(id);
    if (cutAt !== undefined) return [0, cutAt];
    const scene = scenes.get(id);
    if (!scene) return [0, Infinity];
    stackDepth.set(id, depth);
    const edges: Array<[string, number]> = scene.routes.map((route) => [route.to, 0]);
    if (scene.decision.kind === 'choices') for (const choice of scene.decision.choices) edges.push([choice.to, 1]);
    if (scene.decision.kind === 'compose') edges.push([scene.decision.compose.pass, 1], [scene.decision.compose.fail, 1]);
    let longest = 0;
    let shallowestCut = Infinity;
    for (const [to, cost] of edges) {
      const [value, cut] = visit(to, depth + 1);
      longest = Math.max(longest, cost + value);
      shallowestCut = Math.min(shallowestCut, cut);
    }
    stackDepth.delete(id);
    if (shallowestCut >= depth) {
      memo.set(id, longest);
      return [longest, Infinity];
    }
    return [longest, shallowestCut];
  }

  for (const scene of definition.scenes) visit(scene.id, 0);
  return memo;
}

/**
 * An honest progress measure: the bar fills by decisions made against the longest route still
 * possible from here, so it never claims more progress than the learner has made; it can jump
 * forward when a branch turns out shorter, but never moves backwards on a loop-free scenario.
 */
export function progressAt(longest: ReadonlyMap<string, number>, currentId: string, made: number, atEnding: boolean): Progress {
  const remaining = atEnding ? 0 : Math.max(1, longest.get(currentId) ?? 1);
  const total = made + remaining;
  return { made, remaining, fraction: total === 0 ? 1 : made / total };
}
