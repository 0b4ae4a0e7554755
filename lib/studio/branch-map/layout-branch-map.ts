import dagre from '@dagrejs/dagre';
import type { BranchEdge, BranchGraph, BranchNode } from './build-branch-map';

/** Node box size in the map's SVG units (px at 100 % zoom). */
export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 56;

export interface PlacedNode extends BranchNode {
  /** Top-left corner. */
  x: number;
  y: number;
}

export interface PlacedEdge extends BranchEdge {
  /** The route the line takes, start to end; at least two points. */
  points: Array<{ x: number; y: number }>;
}

export interface BranchLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Sideways gap between choices that share a source and a target, so each stays visible. */
const PARALLEL_OFFSET = 6;

/**
 * Lays the map out top to bottom with dagre (a layered, Sugiyama-style layout): the start at the
 * top, each decision a layer further down, crossings kept few. Parallel edges (several choices to
 * the same scene) are laid out once and drawn side by side: dagre's time grows with the edges,
 * and the tight-tree ranker halved it against network-simplex on 100 generated scenes.
 * Pure and deterministic for a graph.
 */
export function layoutBranchGraph(graph: BranchGraph): BranchLayout {
  const layout = new dagre.graphlib.Graph();
  layout.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 56, edgesep: 12, marginx: 16, marginy: 16, ranker: 'tight-tree' });
  layout.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) layout.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of graph.edges) layout.setEdge(edge.from, edge.to, { weight: edge.kind === 'route' ? 2 : 1 });
  dagre.layout(layout);

  const nodes = graph.nodes.map((node) => {
    const placed = layout.node(node.id);
    return { ...node, x: (placed.x ?? 0) - NODE_WIDTH / 2, y: (placed.y ?? 0) - NODE_HEIGHT / 2 };
  });
  const seen = new Map<string, number>();
  const edges = graph.edges.map((edge) => {
    const pair = `${edge.from}\u0000${edge.to}`;
    const index = seen.get(pair) ?? 0;
    seen.set(pair, index + 1);
    const shift = index === 0 ? 0 : (index % 2 === 1 ? 1 : -1) * Math.ceil(index / 2) * PARALLEL_OFFSET;
    const points: Array<{ x: number; y: number }> = layout.edge(edge.from, edge.to)?.points ?? [];
    return { ...edge, points: points.map((point) => ({ x: point.x + shift, y: point.y })) };
  });
  const size = layout.graph();
  return { width: Math.ceil((size.width ?? 0) + PARALLEL_OFFSET * 2), height: Math.ceil(size.height ?? 0), nodes, edges };
}
