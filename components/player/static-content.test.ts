import { createElement, Fragment, isValidElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderScenario } from '@/components/scenario/render-scenario';
import { ShowWhen } from '@/components/scenario/show-when';
import { checkScenarioFiles } from '@/lib/scenario/scenario-files';
import { staticContent } from './static-content';

const library = checkScenarioFiles(['scenarios']).scenarios.map((entry) => entry.definition);

const markup = (node: ReactNode) => renderToStaticMarkup(createElement(Fragment, null, node));

/** How many React elements `node` holds: what a page serialises for it. */
function elementCount(node: ReactNode): number {
  if (Array.isArray(node)) return node.reduce((total: number, child: ReactNode) => total + elementCount(child), 0);
  if (!isValidElement(node)) return 0;
  return 1 + elementCount((node.props as { children?: ReactNode }).children);
}

function showGates(node: ReactNode): number {
  if (Array.isArray(node)) return node.reduce((total: number, child: ReactNode) => total + showGates(child), 0);
  if (!isValidElement(node)) return 0;
  return (node.type === ShowWhen ? 1 : 0) + showGates((node.props as { children?: ReactNode }).children);
}

const piecesOf = (content: ReturnType<typeof renderScenario>) =>
  (['scenes', 'prompts', 'labels', 'feedback', 'endings'] as const).flatMap((group) => Object.entries(content[group]).map(([id, piece]) => [`${group}/${id}`, piece] as const));

describe('scenario content sent as HTML where React has nothing left to decide', () => {
  it('makes exactly the markup React makes, for every scene, label, feedback and debrief of the library', () => {
    expect(library.length).toBeGreaterThan(5);
    for (const definition of library) {
      const rendered = renderScenario(definition);
      const sent = staticContent(rendered);
      const before = new Map(piecesOf(rendered));
      for (const [id, piece] of piecesOf(sent)) expect(markup(piece), `${definition.id} ${id}`).toBe(markup(before.get(id)));
    }
  });

  it('keeps every Show gate the browser decides, and sends a small part of the elements', () => {
    let elementsBefore = 0;
    let elementsAfter = 0;
    for (const definition of library) {
      const rendered = renderScenario(definition);
      const sent = staticContent(rendered);
      const before = piecesOf(rendered).map(([, piece]) => piece);
      const after = piecesOf(sent).map(([, piece]) => piece);
      expect(showGates(after), definition.id).toBe(showGates(before));
      elementsBefore += elementCount(before);
      elementsAfter += elementCount(after);
    }
    expect(elementsAfter).toBeLessThan(elementsBefore / 5);
  });

  it('escapes text and attributes as React does and leaves to React what it cannot write the same way', () => {
    const tricky = createElement(
      'div',
      { className: 'a"b' },
      createElement('p', { title: "x'y" }, '<script>alert("&")</script>'),
      createElement('a', { href: 'javascript:alert(1)' }, 'link'),
      createElement('span', { style: { backgroundColor: 'red', marginTop: '1px' } }, 'styled'),
    );
    const content = { scenes: { one: tricky }, prompts: {}, labels: {}, feedback: {}, endings: {} };
    const sent = staticContent(content);
    expect(markup(sent.scenes.one)).toBe(markup(tricky));
    // The javascript: link is left to React, which refuses to write it.
    expect(elementCount(sent.scenes.one)).toBeGreaterThan(1);
  });

  it('never writes an attribute that runs or loads something itself: such an element is left to React', () => {
    const risky = createElement('div', null, createElement('p', { onclick: 'alert(1)' }, 'text'), createElement('iframe', { srcdoc: '<script></script>' }));
    const sent = staticContent({ scenes: { one: risky }, prompts: {}, labels: {}, feedback: {}, endings: {} });
    expect(markup(sent.scenes.one)).toBe(markup(risky));
    expect(markup(sent.scenes.one)).not.toContain('onclick');
    expect(elementCount(sent.scenes.one)).toBe(elementCount(risky));
  });

  it('leaves content nested deeper than it walks to React instead of overflowing the stack (attack review F5)', () => {
    const nested = (levels: number) => {
      let deep: ReactNode = 'bottom';
      for (let level = 0; level < levels; level += 1) deep = createElement('span', null, deep);
      return createElement('div', null, deep);
    };
    const piece = (node: ReactNode) => staticContent({ scenes: { one: node }, prompts: {}, labels: {}, feedback: {}, endings: {} }).scenes.one;
    expect(markup(piece(nested(1_000)))).toBe(markup(nested(1_000)));
    expect(() => piece(nested(20_000))).not.toThrow();
  });

  it('writes props named after Object.prototype members and raw-text elements exactly as React does, by leaving them to it (attack review F6)', () => {
    const odd = createElement(
      'div',
      null,
      createElement('span', { constructor: 'x' } as Record<string, unknown>, 'text'),
      createElement('p', null, createElement('style', null, 'a > b { color: red }')),
      createElement('p', null, createElement('textarea', { defaultValue: '<b>' })),
    );
    const sent = staticContent({ scenes: { one: odd }, prompts: {}, labels: {}, feedback: {}, endings: {} });
    expect(markup(sent.scenes.one)).toBe(markup(odd));
  });

  it('is computed once per rendered content', () => {
    const rendered = renderScenario(library[0]!);
    expect(staticContent(rendered)).toBe(staticContent(rendered));
  });
});
