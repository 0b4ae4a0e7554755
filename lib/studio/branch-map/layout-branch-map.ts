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

/** Above this many scenes layers come from `rankTopDown` (linear time) instead of dagre's tight-tree ranker. */
export const TOP_DOWN_RANKS_ABOVE = 150;

/**
 * Gives each node of dagre's (already acyclic) working graph the lowest layer its incoming lines
 * allow: sources at 0, every other node `max(layer of a predecessor + minlen)`, in one pass in
 * topological order (Kahn), so time grows linearly with nodes + edges. dagre's tight-tree ranker
 * searches all edges once per node it adds to its tree (nodes × edges): ~10 s on 1,000 scenes.
 * Unlike dagre's 'longest-path' (which puts every sink on the bottom layer), an ending drawn beside
 * a scene stays one layer below it.
 */
function rankTopDown(working: InstanceType<typeof dagre.graphlib.Graph>): void {
  const label = (id: string) => working.node(id) as { rank: number };
  const waiting = new Map<string, number>();
  const ready: string[] = [];
  for (const id of working.nodes()) {
    const incoming = working.inEdges(id)?.length ?? 0;
    waiting.set(id, incoming);
    label(id).rank = 0;
    if (incoming === 0) ready.push(id);
  }
  for (let id = ready.pop(); id !== undefined; id = ready.pop()) {
    const { rank } = label(id);
    for (const edge of working.outEdges(id) ?? []) {
      const target = label(edge.w);
      target.rank = Math.max(target.rank, rank + ((working.edge(edge) as { minlen?: number }).minlen ?? 1));
      const left = waiting.get(edge.w)! - 1;
      waiting.set(edge.w, left);
      if (left === 0) ready.push(edge.w);
    }
  }
}

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
  const large = graph.nodes.filter((node) => node.kind === 'scene').length > TOP_DOWN_RANKS_ABOVE;
  // dagre 3 calls a function ranker with its working graph (lib/rank/index.js); its types say string.
  const ranker = large ? (rankTopDown as unknown as string) : 'tight-tree';
  layout.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 56, edgesep: 12, marginx: 16, marginy: 16, ranker });
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
