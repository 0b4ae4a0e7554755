import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FormState } from '@/lib/forms/form-state';
import { FormField } from './form-field';
import { StateForm } from './state-form';

/** `createElement` with children among the props, as JSX passes them (FormField takes a render function). */
const element = <P extends object>(type: FunctionComponent<P>, props: P) => createElement(type, props);

/** A one-field form with its button, answered with `state`. */
function form(state: FormState): string {
  return renderToStaticMarkup(
    element(StateForm, {
      state,
      messageId: 'answer',
      children: [
      element(FormField, { key: 'title', id: 'title', label: 'Title', children: (control) => createElement('input', { ...control, name: 'title', required: true }) }),
      createElement('button', { key: 'save', type: 'submit' }, 'Save'),
      ],
    }),
  );
}

describe('StateForm', () => {
  it('puts a refusal first, before the fields, focusable, and gives the fields their messages', () => {
    const html = form({ ok: false, code: 'VALIDATION', message: 'Enter a title.', fieldErrors: { title: ['Enter a title.'] } });
    expect(html).toMatch(/^<form noValidate=""><div id="answer" role="alert" tabindex="-1"[^>]*><p>Enter a title.<\/p><\/div><div class="space-y-1"><label for="title"/);
    expect(html).toContain('aria-invalid="true"');
    // The polite region stays at the end, empty, for the next confirmation.
    expect(html).toMatch(/<button type="submit">Save<\/button><p role="status" class="sr-only"><\/p><\/form>$/);
  });

  it('leaves every check to the server, so a refusal always comes as the summary, never first as a browser bubble', () => {
    expect(form(null)).toMatch(/^<form noValidate="">/);
  });

  it('puts a confirmation last, by the button the person pressed, focusable for focusOutcome', () => {
    const html = form({ ok: true, message: 'Saved.' });
    expect(html).not.toContain('role="alert"');
    expect(html).toMatch(/<button type="submit">Save<\/button><p id="answer" role="status" tabindex="-1" class="[^"]*">Saved.<\/p><\/form>$/);
  });
});
