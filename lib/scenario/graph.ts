import type { Rating, ScenarioDefinition } from './definition';

/** The branch map of a scenario, for authors (the `graph` command) and for review screens. */
export interface ScenarioGraph {
  scenario: string;
  start: string;
  nodes: Array<{ id: string; kind: 'scene' | 'ending'; title?: string; rating?: Rating }>;
  edges: Array<{ from: string; to: string; kind: 'choice' | 'pass' | 'fail' | 'route'; label?: string; when?: string; choiceId?: string }>;
}

/** Scenes, endings and every way between them, in source order. */
export function scenarioGraph(definition: ScenarioDefinition): ScenarioGraph {
  const nodes: ScenarioGraph['nodes'] = [
    ...definition.scenes.map((scene) => ({ id: scene.id, kind: 'scene' as const, ...(scene.title ? { title: scene.title } : {}) })),
    ...definition.endings.map((ending) => ({ id: ending.id, kind: 'ending' as const, rating: ending.rating, ...(ending.title ? { title: ending.title } : {}) })),
  ];
  const edges: ScenarioGraph['edges'] = [];
  for (const scene of definition.scenes) {
    for (const route of scene.routes) {
      edges.push({ from: scene.id, to: route.to, kind: 'route', ...(route.when ? { when: route.when.source } : {}) });
    }
    if (scene.decision.kind === 'choices') {
      for (const choice of scene.decision.choices) {
        edges.push({ from: scene.id, to: choice.to, kind: 'choice', choiceId: choice.id, label: choice.labelText, ...(choice.when ? { when: choice.when.source } : {}) });
      }
    } else if (scene.decision.kind === 'compose') {
      edges.push({ from: scene.id, to: scene.decision.compose.pass, kind: 'pass', label: 'checks pass' });
      edges.push({ from: scene.id, to: scene.decision.compose.fail, kind: 'fail', label: 'a check fails' });
    }
  }
  return { scenario: definition.id, start: definition.start, nodes, edges };
}

/** Mermaid node ids must be plain words, and labels must not break out of their quotes. */
function mermaidId(id: string): string {
  return `n_${id.replace(/-/g, '_')}`;
}

function mermaidLabel(text: string, max = 60): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return short.replace(/["[\]{}()<>|#]/g, (char) => `#${char.charCodeAt(0)};`);
}

/** The graph as a Mermaid flowchart. */
export function graphToMermaid(graph: ScenarioGraph): string {
  const lines = ['flowchart TD'];
  for (const node of graph.nodes) {
    const label = mermaidLabel(node.title ? `${node.id}: ${node.title}` : node.id);
    lines.push(node.kind === 'ending' ? `  ${mermaidId(node.id)}(["${label} (${node.rating})"])` : `  ${mermaidId(node.id)}["${label}"]`);
  }
  for (const edge of graph.edges) {
    const parts = [edge.kind === 'choice' ? edge.label ?? '' : edge.kind === 'route' ? 'route' : edge.label ?? edge.kind];
    if (edge.when) parts.push(`when ${edge.when}`);
    const label = mermaidLabel(parts.filter((part) => part !== '').join(' · '));
    const arrow = edge.kind === 'route' ? '-.->' : '-->';
    lines.push(`  ${mermaidId(edge.from)} ${arrow}${label ? `|"${label}"|` : ''} ${mermaidId(edge.to)}`);
  }
  lines.push(`  style ${mermaidId(graph.start)} stroke-width:3px`);
  return `${lines.join('\n')}\n`;
}
