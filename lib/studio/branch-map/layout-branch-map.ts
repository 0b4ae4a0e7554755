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

/**
 * Lays the map out top to bottom with dagre (a layered, Sugiyama-style layout): the start at the
 * top, each decision a layer further down, crossings kept few. Pure and deterministic for a graph.
 */
export function layoutBranchGraph(graph: BranchGraph): BranchLayout {
  const layout = new dagre.graphlib.Graph({ multigraph: true });
  layout.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 56, edgesep: 12, marginx: 16, marginy: 16 });
  layout.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) layout.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of graph.edges) layout.setEdge(edge.from, edge.to, { weight: edge.kind === 'route' ? 2 : 1 }, edge.key);
  dagre.layout(layout);

  const nodes = graph.nodes.map((node) => {
    const placed = layout.node(node.id);
    return { ...node, x: (placed.x ?? 0) - NODE_WIDTH / 2, y: (placed.y ?? 0) - NODE_HEIGHT / 2 };
  });
  const edges = graph.edges.map((edge) => {
    const points = layout.edge(edge.from, edge.to, edge.key)?.points ?? [];
    return { ...edge, points: points.map((point: { x: number; y: number }) => ({ x: point.x, y: point.y })) };
  });
  const size = layout.graph();
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges };
}
