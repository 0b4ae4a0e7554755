import { createElement, Fragment, isValidElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkScenarioFiles } from '@/lib/scenario/scenario-files';
import { BlockContent } from './content';
import { expandContent } from './expand-content';
import { renderScenario, SceneBody } from './render-scenario';
import { ShowWhen } from './show-when';

const library = checkScenarioFiles(['scenarios']).scenarios.map((entry) => entry.definition);

/** Every element type left in `node` that React would still have to call: functions other than ShowWhen. */
function componentsLeft(node: ReactNode): string[] {
  if (Array.isArray(node)) return node.flatMap(componentsLeft);
  if (!isValidElement(node)) return [];
  const { type, props } = node as { type: unknown; props: { children?: ReactNode } };
  const here = typeof type === 'function' && type !== ShowWhen ? [type.name] : [];
  return [...here, ...componentsLeft(props.children)];
}

describe('scenario content rendered ahead of each page', () => {
  it('shows every scene and debrief of the library exactly as the components render them', () => {
    expect(library.length).toBeGreaterThan(5);
    for (const definition of library) {
      const env = { sources: definition.sources, platform: definition.platform };
      for (const scene of definition.scenes) {
        const tree = createElement(SceneBody, { blocks: scene.content, env });
        expect(renderToStaticMarkup(createElement(Fragment, null, expandContent(tree)))).toBe(renderToStaticMarkup(tree));
      }
      for (const ending of definition.endings) {
        const tree = createElement(BlockContent, { blocks: ending.content, env });
        expect(renderToStaticMarkup(createElement(Fragment, null, expandContent(tree)))).toBe(renderToStaticMarkup(tree));
      }
    }
  });

  it('leaves a page render nothing to call but the Show gates the browser decides', () => {
    for (const definition of library) {
      const rendered = renderScenario(definition);
      const pieces = [rendered.scenes, rendered.prompts, rendered.labels, rendered.feedback, rendered.endings].flatMap((group) => Object.values(group));
      expect(pieces.flatMap(componentsLeft), definition.id).toEqual([]);
    }
  });
});
