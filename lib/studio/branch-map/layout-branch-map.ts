import dagre from '@dagrejs/dagre';
import type { BranchEdge, BranchGraph, BranchNode } from './build-branch-map';

/** Node box size in the map's SVG units (px at 100 % zoom). */
export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 56;

export interface PlacedNode extends BranchNode {
  /** Unique within the layout: the id, or for a copy of an ending, the ending and the scene it is drawn beside. */
  key: string;
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
 * Above this many scenes each ending is drawn beside every scene that leads to it, rather than once
 * at the bottom. Lines to a shared ending span every layer between, and dagre adds a hidden node per
 * layer crossed: on 1,000 generated scenes that was about half a million and ran out of memory
 * (`npm run bench:studio`); with copies every line to an ending crosses one layer.
 */
export const ENDING_COPIES_ABOVE = 60;

/**
 * Lays the map out top to bottom with dagre (a layered, Sugiyama-style layout): the start at the
 * top, each decision a layer further down, crossings kept few. Parallel edges (several choices to
 * the same scene) are laid out once and drawn side by side: dagre's time grows with the edges,
 * and the tight-tree ranker halved it against network-simplex on 100 generated scenes.
 * Large maps draw endings beside the scenes that lead to them (ENDING_COPIES_ABOVE).
 * Pure and deterministic for a graph.
 */
export function layoutBranchGraph(graph: BranchGraph): BranchLayout {
  const copies = graph.nodes.filter((node) => node.kind === 'scene').length > ENDING_COPIES_ABOVE;
  const endings = new Set(graph.nodes.filter((node) => node.kind === 'ending').map((node) => node.id));
  const targetKey = (edge: BranchEdge) => (copies && endings.has(edge.to) ? `${edge.to}\u0000${edge.from}` : edge.to);
  const keysOf = (node: BranchNode): string[] => {
    if (!copies || node.kind !== 'ending') return [node.id];
    const keys = [...new Set(graph.edges.filter((edge) => edge.to === node.id).map(targetKey))];
    return keys.length > 0 ? keys : [node.id];
  };
  const placing = graph.nodes.flatMap((node) => keysOf(node).map((key) => ({ node, key })));

  const layout = new dagre.graphlib.Graph();
  layout.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 56, edgesep: 12, marginx: 16, marginy: 16, ranker: 'tight-tree' });
  layout.setDefaultEdgeLabel(() => ({}));
  for (const { key } of placing) layout.setNode(key, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of graph.edges) layout.setEdge(edge.from, targetKey(edge), { weight: edge.kind === 'route' ? 2 : 1 });
  dagre.layout(layout);

  const nodes = placing.map(({ node, key }) => {
    const placed = layout.node(key);
    return { ...node, key, x: (placed.x ?? 0) - NODE_WIDTH / 2, y: (placed.y ?? 0) - NODE_HEIGHT / 2 };
  });
  const seen = new Map<string, number>();
  const edges = graph.edges.map((edge) => {
    const target = targetKey(edge);
    const pair = `${edge.from}\u0000${target}`;
    const index = seen.get(pair) ?? 0;
    seen.set(pair, index + 1);
    const shift = index === 0 ? 0 : (index % 2 === 1 ? 1 : -1) * Math.ceil(index / 2) * PARALLEL_OFFSET;
    const points: Array<{ x: number; y: number }> = layout.edge(edge.from, target)?.points ?? [];
    return { ...edge, points: points.map((point) => ({ x: point.x + shift, y: point.y })) };
  });
  const size = layout.graph();
  return { width: Math.ceil((size.width ?? 0) + PARALLEL_OFFSET * 2), height: Math.ceil(size.height ?? 0), nodes, edges };
}
