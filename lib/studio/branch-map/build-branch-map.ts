import type { Diagnostic, Rating } from '@/lib/scenario/definition';
import type { SourceOutline } from '@/lib/studio/editor/source-outline';

/**
 * The branch map as a graph: scenes and endings as nodes, choices, written-reply outcomes and
 * routes as edges, each with its source line. Problems come from the compiler's own analysis:
 * its E005 (never reached from the start) and E007 (a trap, or a loop of routes) diagnostics,
 * matched to the node or route on the line the compiler reported.
 */
export interface BranchNode {
  id: string;
  kind: 'scene' | 'ending';
  title?: string;
  rating?: Rating;
  line: number;
  start: boolean;
  unreachable: boolean;
  trap: boolean;
}

export interface BranchEdge {
  /** Unique within the map. */
  key: string;
  from: string;
  to: string;
  kind: 'choice' | 'pass' | 'fail' | 'route';
  label: string;
  line: number;
  /** For choices: `${sceneId}:${choiceId}`, the key of the decision-insight overlay. */
  overlayKey?: string;
  /** The compiler found a loop of routes through this one (E007). */
  loop: boolean;
}

export interface BranchGraph {
  nodes: BranchNode[];
  edges: BranchEdge[];
}

/**
 * Builds the map from a draft's outline and the compiler's diagnostics on the same text. Edges
 * to ids that name nothing are left out (the compiler reports them as E004).
 */
export function buildBranchGraph(outline: SourceOutline, diagnostics: readonly Diagnostic[]): BranchGraph {
  const unreachableLines = new Set(diagnostics.filter((d) => d.code === 'E005').map((d) => d.line));
  const trapLines = new Set(diagnostics.filter((d) => d.code === 'E007').map((d) => d.line));
  const start = outline.start ?? outline.scenes[0]?.id;
  const seen = new Set<string>();
  const nodes: BranchNode[] = [];
  const add = (node: Omit<BranchNode, 'start' | 'unreachable' | 'trap'>) => {
    // A duplicated id is the compiler's E003; the map shows the first.
    if (seen.has(node.id)) return;
    seen.add(node.id);
    nodes.push({ ...node, start: node.id === start, unreachable: unreachableLines.has(node.line), trap: node.kind === 'scene' && trapLines.has(node.line) });
  };
  for (const scene of outline.scenes) add({ id: scene.id, kind: 'scene', ...(scene.title ? { title: scene.title } : {}), line: scene.line });
  for (const ending of outline.endings) {
    add({ id: ending.id, kind: 'ending', ...(ending.title ? { title: ending.title } : {}), ...(ending.rating ? { rating: ending.rating } : {}), line: ending.line });
  }

  const edges: BranchEdge[] = [];
  for (const scene of outline.scenes) {
    const push = (edge: Omit<BranchEdge, 'key' | 'from' | 'loop' | 'to'> & { to: string | undefined }) => {
      if (edge.to === undefined || !seen.has(edge.to)) return;
      edges.push({ ...edge, to: edge.to, from: scene.id, key: `${scene.id}#${edges.length}`, loop: edge.kind === 'route' && trapLines.has(edge.line) });
    };
    for (const choice of scene.choices) {
      push({ kind: 'choice', to: choice.to, label: choice.label, line: choice.line, overlayKey: `${scene.id}:${choice.choiceId}` });
    }
    if (scene.compose) {
      push({ kind: 'pass', to: scene.compose.pass, label: 'checks pass', line: scene.compose.line });
      push({ kind: 'fail', to: scene.compose.fail, label: 'a check fails', line: scene.compose.line });
    }
    for (const route of scene.routes) push({ kind: 'route', to: route.to, label: route.when ? `route when ${route.when}` : 'route', line: route.line });
  }
  return { nodes, edges };
}
