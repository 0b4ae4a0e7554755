import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkScenarioFiles } from '@/lib/scenario/scenario-files';
import { renderScenario, replyContext } from './render-scenario';

const library = checkScenarioFiles(['scenarios']);
const scenario = (id: string) => {
  const found = library.scenarios.find((entry) => entry.definition.id === id)?.definition;
  if (!found) throw new Error(`scenario ${id} is missing`);
  return found;
};

describe('scenario rendering', () => {
  it('shows what a written reply answers: the message that started it', () => {
    const toothache = scenario('toothache-message');
    const context = replyContext(toothache, 'write-reply');
    expect(context.map((block) => (block.type === 'component' ? block.name : block.type))).toEqual(['Chat']);
    const html = renderToStaticMarkup(createElement('div', null, renderScenario(toothache).scenes['write-reply']));
    expect(html).toContain('You are replying to:');
    expect(html).toContain('Bottom back tooth is killing me');
  });

  it('shows the review a public reply sits under', () => {
    const review = scenario('one-star-review');
    const html = renderToStaticMarkup(createElement('div', null, renderScenario(review).scenes['write-reply']));
    expect(html).toContain('You are replying to:');
    expect(html).toMatch(/aria-label="Review by /);
  });

  it('opens every choice feedback with a verdict', () => {
    const rendered = renderScenario(scenario('toothache-message'));
    expect(renderToStaticMarkup(createElement('div', null, rendered.feedback['the-dm.1']))).toContain('Safer choice');
    expect(renderToStaticMarkup(createElement('div', null, rendered.feedback['the-dm.2']))).toContain('Risky choice');
  });

  it('draws no empty device for a scene with nothing on screen', () => {
    const rendered = renderScenario(scenario('toothache-message'));
    const html = renderToStaticMarkup(createElement('div', null, rendered.scenes['write-reply']));
    expect(html.match(/data-platform-kind=/g)).toHaveLength(1);
  });
});

describe('scenario rendering per published version', () => {
  it('renders a definition once: every later page for the same version reuses its content', () => {
    const definition = scenario('toothache-message');
    const first = renderScenario(definition);
    expect(renderScenario(definition)).toBe(first);
    // A different definition object (another version, or a studio edit) gets its own rendering.
    const edited = { ...definition, scenes: definition.scenes.map((scene) => ({ ...scene })) };
    expect(renderScenario(edited)).not.toBe(first);
    expect(renderToStaticMarkup(createElement('div', null, renderScenario(edited).scenes['write-reply']))).toBe(
      renderToStaticMarkup(createElement('div', null, first.scenes['write-reply'])),
    );
  });
});
