import { describe, expect, it } from 'vitest';
import { compileScenario } from '@/lib/scenario/compiler/compile-scenario';
import { scenarioSource } from '@/lib/scenario/testing/scenario-source';
import { readSourceOutline } from '@/lib/studio/editor/source-outline';
import { buildBranchGraph } from './build-branch-map';
import type { BranchGraph } from './build-branch-map';
import { ENDING_COPIES_ABOVE, layoutBranchGraph, NODE_HEIGHT, NODE_WIDTH, TOP_DOWN_RANKS_ABOVE } from './layout-branch-map';

const SOURCE = scenarioSource({
  body: `
<Scene id="first">
<Post author="A">Hi</Post>

<Choice to="reply">Reply</Choice>
<Choice to="loop">Go round</Choice>
<Choice to="missing">Nowhere</Choice>
</Scene>

<Scene id="reply">
<Compose pass="good" fail="bad" checks="short">
Write.
</Compose>
</Scene>

<Scene id="loop">
<Choice to="loop">Again</Choice>
<Choice to="loop">And again</Choice>
</Scene>

<Scene id="orphan">
<Route to="good" />
</Scene>

<Ending id="good" rating="best">Yes.</Ending>

<Ending id="bad" rating="serious">No.</Ending>
`,
});

function graphOf(source: string) {
  const { diagnostics } = compileScenario({ source, file: 'test-scenario.mdx' });
  return buildBranchGraph(readSourceOutline(source)!, diagnostics);
}

describe('the branch map graph', () => {
  const graph = graphOf(SOURCE);

  it('has every scene and ending, with its line, rating and the start', () => {
    expect(graph.nodes.map((node) => [node.id, node.kind, node.rating])).toEqual([
      ['first', 'scene', undefined],
      ['reply', 'scene', undefined],
      ['loop', 'scene', undefined],
      ['orphan', 'scene', undefined],
      ['good', 'ending', 'best'],
      ['bad', 'ending', 'serious'],
    ]);
    expect(graph.nodes.find((node) => node.id === 'first')).toMatchObject({ start: true, line: SOURCE.split('\n').indexOf('<Scene id="first">') + 1 });
  });

  it('marks unreachable scenes and traps from the compiler’s diagnostics', () => {
    const marked = Object.fromEntries(graph.nodes.map((node) => [node.id, { unreachable: node.unreachable, trap: node.trap }]));
    expect(marked.orphan).toEqual({ unreachable: true, trap: false });
    expect(marked.loop).toEqual({ unreachable: false, trap: true });
    expect(marked.first).toEqual({ unreachable: false, trap: false });
  });

  it('draws choices with their overlay key, both written-reply outcomes and routes, and drops targets that name nothing', () => {
    expect(graph.edges.map((edge) => [edge.from, edge.to, edge.kind, edge.overlayKey])).toEqual([
      ['first', 'reply', 'choice', 'first:first.1'],
      ['first', 'loop', 'choice', 'first:first.2'],
      ['reply', 'good', 'pass', undefined],
      ['reply', 'bad', 'fail', undefined],
      ['loop', 'loop', 'choice', 'loop:loop.1'],
      ['loop', 'loop', 'choice', 'loop:loop.2'],
      ['orphan', 'good', 'route', undefined],
    ]);
    expect(new Set(graph.edges.map((edge) => edge.key)).size).toBe(graph.edges.length);
  });

  it('lays the map out with every node inside the drawing and every edge drawn', () => {
    const layout = layoutBranchGraph(graph);
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.x + NODE_WIDTH).toBeLessThanOrEqual(layout.width);
      expect(node.y + NODE_HEIGHT).toBeLessThanOrEqual(layout.height);
    }
    for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    const y = (id: string) => layout.nodes.find((node) => node.id === id)!.y;
    expect(y('first')).toBeLessThan(y('reply'));
    expect(y('reply')).toBeLessThan(y('bad'));
  });
});

describe('a large branch map', () => {
  /** A chain of scenes, each with a way on and a way to the one shared ending. */
  function chain(count: number): BranchGraph {
    const node = (id: string, kind: 'scene' | 'ending', line: number) => ({ id, kind, line, start: line === 1, unreachable: false, trap: false });
    const scenes = Array.from({ length: count }, (_, i) => node(`s${i}`, 'scene', i + 1));
    const edge = (from: string, to: string, n: number) => ({ key: `${from}#${n}`, from, to, kind: 'choice' as const, label: to, line: n, loop: false });
    return {
      nodes: [...scenes, node('end', 'ending', count + 1), node('never', 'ending', count + 2)],
      edges: scenes.flatMap((scene, i) => [edge(scene.id, i + 1 < count ? `s${i + 1}` : 'end', 2 * i), edge(scene.id, 'end', 2 * i + 1)]),
    };
  }

  it.each([ENDING_COPIES_ABOVE + 1, 5 * ENDING_COPIES_ABOVE])('draws a shared ending beside each of %i scenes that lead to it, one layer down, so no line crosses the map', (count) => {
    const layout = layoutBranchGraph(chain(count));
    for (const node of layout.nodes) expect(node.x + NODE_WIDTH).toBeLessThanOrEqual(layout.width);
    const copies = layout.nodes.filter((node) => node.id === 'end');
    expect(copies).toHaveLength(count);
    expect(new Set(layout.nodes.map((node) => node.key)).size).toBe(layout.nodes.length);
    expect(layout.nodes.filter((node) => node.id === 'never')).toHaveLength(1);
    for (const edge of layout.edges) {
      // Straight down to the next layer: no line passes a layer on the way.
      expect(edge.points.at(-1)!.y - edge.points[0]!.y).toBeLessThanOrEqual(56 + 1);
    }
  });

  it('places each scene of a map laid out in linear time below every scene that leads to it', () => {
    const graph = chain(TOP_DOWN_RANKS_ABOVE + 1);
    // A line skipping two scenes: its target is still the layer under its nearest predecessor.
    graph.edges.push({ key: 'skip', from: 's0', to: 's3', kind: 'choice', label: 's3', line: 0, loop: false });
    const layout = layoutBranchGraph(graph);
    const y = (key: string) => layout.nodes.find((node) => node.key === key)!.y;
    for (const edge of graph.edges) {
      const target = edge.to === 'end' ? `end\u0000${edge.from}` : edge.to;
      expect(y(target)).toBeGreaterThan(y(edge.from));
    }
    expect(y('s3') - y('s2')).toBe(y('s2') - y('s1'));
    expect(y('s0')).toBe(Math.min(...layout.nodes.map((node) => node.y)));
  });

  it('draws each ending once on a small map', () => {
    const layout = layoutBranchGraph(chain(ENDING_COPIES_ABOVE));
    expect(layout.nodes.filter((node) => node.id === 'end')).toHaveLength(1);
  });
});
