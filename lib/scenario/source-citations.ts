import type { BlockNode, ScenarioDefinition } from './definition';

/** One place in a scenario that cites a source: a scene (its content or a choice's feedback) or an ending. */
export interface CitationPlace {
  sourceId: string;
  /** The scene or ending id. */
  place: string;
  section?: string;
}

function cited(blocks: readonly BlockNode[]): Array<{ sourceId: string; section?: string }> {
  return blocks.flatMap((block) => {
    if (block.type === 'list') return block.items.flatMap(cited);
    if (block.type === 'blockquote') return cited(block.children);
    if (block.type !== 'component') return [];
    const own =
      (block.name === 'Guidance' || block.name === 'Summary') && typeof block.props.source === 'string'
        ? [{ sourceId: block.props.source, ...(typeof block.props.section === 'string' ? { section: block.props.section } : {}) }]
        : [];
    return [...own, ...cited(block.children)];
  });
}

/** Every citation in a compiled scenario, by the scene or ending it appears in (choice feedback counts as its scene). */
export function citationPlaces(definition: ScenarioDefinition): CitationPlace[] {
  const places: CitationPlace[] = [];
  for (const scene of definition.scenes) {
    const blocks = [...scene.content];
    if (scene.decision.kind === 'choices') for (const choice of scene.decision.choices) blocks.push(...(choice.feedback ?? []));
    if (scene.decision.kind === 'compose') blocks.push(...scene.decision.compose.prompt);
    for (const citation of cited(blocks)) places.push({ ...citation, place: scene.id });
  }
  for (const ending of definition.endings) {
    for (const citation of cited(ending.content)) places.push({ ...citation, place: ending.id });
  }
  return places;
}
