import type { Frontmatter } from '../frontmatter';
import { suggestion } from '../suggest';
import { START, type CompileContext, type GraphEdge } from './context';

/**
 * Graph checks (E004, E005, E006, E007, E009), run on the scene graph the structure pass recorded.
 * Every choice, route and compose outcome counts as possible (the shared specification's rule for
 * reachability). Returns the start scene's id when there is one.
 */
export function checkGraph(context: CompileContext, frontmatter: Frontmatter | undefined): string | undefined {
  checkWaysOn(context);
  const firstScene = context.nodes.find((node) => node.kind === 'scene');
  if (!firstScene) {
    context.report('E006', START, 'the scenario has no <Scene>: add at least one scene with a decision');
  }
  if (!context.endings.some((ending) => ending.rating === 'best')) {
    const firstEnding = context.nodes.find((node) => node.kind === 'ending');
    context.report(
      'E009',
      firstEnding?.position ?? START,
      firstEnding ? 'no <Ending> is rated "best": rate the ending that models good practice rating="best"' : 'the scenario has no <Ending>: add at least one, rated "best"',
    );
  }
  const ids = [...context.nodeIds.keys()];
  for (const edge of context.edges) {
    if (!context.nodeIds.has(edge.to)) {
      context.report('E004', edge.position, `${edge.attribute}="${edge.to}" names no scene or ending${suggestion(edge.to, ids)}`);
    }
  }
  const start = startScene(context, frontmatter, firstScene?.id);
  if (start === undefined) return undefined;

  const outgoing = new Map<string, string[]>();
  const incoming = new Map<string, string[]>();
  for (const edge of context.edges) {
    if (!context.nodeIds.has(edge.to)) continue;
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge.to]);
    incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge.from]);
  }
  const reachable = closure([start], outgoing);
  const endingIds = context.nodes.filter((node) => node.kind === 'ending').map((node) => node.id);
  const canFinish = closure(endingIds, incoming);
  for (const node of context.nodes) {
    if (!reachable.has(node.id)) {
      context.report('E005', node.position, `${node.kind} "${node.id}" can never be reached from the start scene "${start}": point a choice, route or compose at it, or remove it`);
    } else if (node.kind === 'scene' && !canFinish.has(node.id)) {
      context.report('E007', node.position, `scene "${node.id}" is a trap: no ending can be reached from it; give it (or the scenes it leads to) a way to an ending`);
    }
  }
  checkRouteLoops(context);
  return start;
}

/** E006: a scene with no decision and no route that always holds leaves the learner stuck. */
function checkWaysOn(context: CompileContext): void {
  for (const exit of context.exits) {
    if (exit.decides || exit.alwaysRoutes) continue;
    context.report(
      'E006',
      exit.position,
      `scene "${exit.id}" has no way on: add <Choice>s, a <Compose>, or a <Route to="…"/> without \`when\`${exit.routeCount > 0 ? ' (its routes can all fail)' : ''}`,
    );
  }
}

/** The front matter's `start` when it names a scene (E004 when not), else the first scene. */
function startScene(context: CompileContext, frontmatter: Frontmatter | undefined, firstScene: string | undefined): string | undefined {
  if (frontmatter?.start === undefined) return firstScene;
  const target = context.nodeIds.get(frontmatter.start);
  if (target && target.kind === 'scene') return frontmatter.start;
  const scenes = context.nodes.filter((node) => node.kind === 'scene').map((node) => node.id);
  context.report(
    'E004',
    context.startPosition,
    target ? `start: "${frontmatter.start}" is an ending; start must name a scene` : `start: "${frontmatter.start}" names no scene${suggestion(frontmatter.start, scenes)}`,
  );
  return undefined;
}

/** E007: routes that lead back to their own scene with no decision between would loop forever. */
function checkRouteLoops(context: CompileContext): void {
  const next = new Map<string, GraphEdge[]>();
  for (const edge of context.routeEdges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge]);
  // Kahn's algorithm leaves only scenes on, or downstream of, a loop of routes.
  const indegree = new Map<string, number>();
  for (const edge of context.routeEdges) indegree.set(edge.to, (indegree.get(edge.to) ?? 0) + 1);
  const queue = [...next.keys()].filter((id) => !indegree.get(id));
  for (let i = 0; i < queue.length; i += 1) {
    for (const edge of next.get(queue[i]!) ?? []) {
      const remaining = (indegree.get(edge.to) ?? 0) - 1;
      indegree.set(edge.to, remaining);
      if (remaining === 0) queue.push(edge.to);
    }
  }
  const targets = new Map([...next].map(([from, edges]) => [from, edges.map((edge) => edge.to)]));
  for (const [id, degree] of indegree) {
    if (degree <= 0 || !next.has(id)) continue;
    const loop = closure(targets.get(id) ?? [], targets);
    if (!loop.has(id)) continue;
    const edge = next.get(id)!.find((candidate) => candidate.to === id || loop.has(candidate.to))!;
    context.report('E007', edge.position, `the <Route>s from scene "${id}" can lead back to it without a decision in between, so a learner could loop forever: add a decision to the loop or change a route's target`);
  }
}

/** Every node reachable from `from` along `edges` (breadth first), `from` included. */
function closure(from: readonly string[], edges: Map<string, string[]>): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  for (let i = 0; i < queue.length; i += 1) {
    for (const next of edges.get(queue[i]!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
