import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CommentForm, DecisionForm, PublishForm } from '@/app/studio/review-forms';

const refuse = async () => null;

/**
 * The studio's review forms are on the shared StateForm (components/ui/state-form.tsx): the server
 * checks every field (`noValidate`, no browser bubble first), a refusal comes as the summary at the
 * top, and a polite region waits at the end. They were plain forms with a box of their own.
 */
describe('studio review forms', () => {
  it.each([
    ['comment', () => createElement(CommentForm, { action: refuse, sceneIds: ['the-post'] })],
    ['decision', () => createElement(DecisionForm, { action: refuse, revision: 2 })],
    ['publish', () => createElement(PublishForm, { action: refuse })],
  ])('the %s form is a StateForm', (_name, render) => {
    const html = renderToStaticMarkup(render());
    expect(html).toMatch(/^<form[^>]* noValidate=""/);
    expect(html).toMatch(/<p role="status" class="sr-only"><\/p><\/form>/);
  });
});
