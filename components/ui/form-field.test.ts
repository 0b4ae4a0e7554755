import { createElement, type FunctionComponent, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConfirmCheckbox, FieldErrorsProvider, FormField, FormFieldset, type FormFieldProps } from './form-field';
import type { FormState } from '@/lib/forms/form-state';

/** `createElement` with children among the props, as JSX passes them (these components take render functions and nodes as children). */
const element = <P extends object>(type: FunctionComponent<P>, props: P) => createElement(type, props);

const render = (props: Omit<FormFieldProps, 'children'>, control: Record<string, unknown> = { name: 'email' }) =>
  renderToStaticMarkup(element(FormField, { ...props, children: (given) => createElement('input', { ...given, ...control }) }));

const refused: FormState = { ok: false, code: 'VALIDATION', message: 'No account uses that address.', fieldErrors: { email: ['No account uses that address.'], outcomes: ['Choose at least one.'] } };

const withErrors = (state: FormState, child: ReactNode) => renderToStaticMarkup(element(FieldErrorsProvider, { state, children: child }));

describe('FormField', () => {
  it('labels the control and points it at its hint while the value is fine', () => {
    const html = render({ id: 'email', label: 'Email address', hint: 'The one you signed up with' });
    expect(html).toContain('<label for="email"');
    expect(html).toContain('<p id="email-hint"');
    expect(html).toContain('aria-describedby="email-hint"');
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('email-error');
  });

  it('marks the control invalid and points it at both the hint and the error', () => {
    const html = render({ id: 'email', label: 'Email address', hint: 'The one you signed up with', error: 'Enter a valid email' });
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="email-hint email-error"');
    expect(html).toMatch(/<p id="email-error" class="[^"]*">Enter a valid email<\/p>/);
  });

  it('announces the error only when asked to, for forms with no alert of their own', () => {
    expect(render({ id: 'email', label: 'Email', error: 'Wrong' })).not.toContain('role="alert"');
    expect(render({ id: 'email', label: 'Email', error: 'Wrong', errorRole: 'alert' })).toContain('<p id="email-error" role="alert"');
  });

  it('leaves aria-describedby off a control with neither hint nor error', () => {
    expect(render({ id: 'email', label: 'Email' })).not.toContain('aria-describedby');
  });

  // The mark is joined to the label's last word by a no-break space, so it never wraps onto a line of its own.
  it('says exactly one of "(required)" and "(optional)", in the same mark hidden from assistive technology, from the control\'s required', () => {
    const required = render({ id: 'email', label: 'Email address' }, { name: 'email', required: true });
    const optional = render({ id: 'email', label: 'Email address' });
    expect(required).toMatch(/<label for="email"[^>]*>Email address<span aria-hidden="true" class="([^"]*)">\u00a0\(required\)<\/span><\/label>/);
    expect(required).toContain('required=""');
    expect(optional).toMatch(/<label for="email"[^>]*>Email address<span aria-hidden="true" class="([^"]*)">\u00a0\(optional\)<\/span><\/label>/);
    expect(optional).not.toContain('(required)');
    const markClass = (html: string) => /<span aria-hidden="true" class="([^"]*)">/.exec(html)?.[1];
    expect(markClass(optional)).toBe(markClass(required));
  });

  it("finds its error by its control's name in a refusal given through context", () => {
    const html = withErrors(refused, element(FormField, { id: 'manager-email', label: 'Email', children: (given) => createElement('input', { ...given, name: 'email' }) }));
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="manager-email-error"');
    expect(html).toMatch(/<p id="manager-email-error" class="[^"]*">No account uses that address.<\/p>/);
    const other = withErrors(refused, element(FormField, { id: 'name', label: 'Name', children: (given) => createElement('input', { ...given, name: 'name' }) }));
    expect(other).not.toContain('aria-invalid');
    expect(withErrors(null, element(FormField, { id: 'e', label: 'Email', children: (given) => createElement('input', { ...given, name: 'email' }) }))).not.toContain('aria-invalid');
  });
});

describe('FormFieldset', () => {
  const group = (props: { required?: boolean; error?: string } = {}) =>
    element(FormFieldset, {
      id: 'outcomes',
      name: 'outcomes',
      legend: 'Development outcomes',
      hint: 'Tick every one that applies',
      ...props,
      children: createElement('input', { type: 'checkbox', name: 'outcomes', value: 'A' }),
    });

  it('names the group by its legend and says "(required)" aloud, since a group cannot carry required', () => {
    const html = renderToStaticMarkup(group({ required: true }));
    expect(html).toMatch(/<fieldset id="outcomes" name="outcomes" aria-describedby="outcomes-hint"[^>]*><legend[^>]*>Development outcomes<span class="[^"]*">\u00a0\(required\)<\/span><\/legend>/);
    expect(renderToStaticMarkup(group())).toMatch(/<legend[^>]*>Development outcomes<span class="[^"]*">\u00a0\(optional\)<\/span><\/legend>/);
  });

  it('marks the group invalid and describes it by its hint and error, given or found by name', () => {
    for (const html of [renderToStaticMarkup(group({ error: 'Choose at least one.' })), withErrors(refused, group())]) {
      expect(html).toContain('aria-invalid="true"');
      expect(html).toContain('aria-describedby="outcomes-hint outcomes-error"');
      expect(html).toMatch(/<p id="outcomes-error" class="[^"]*">Choose at least one.<\/p><\/fieldset>/);
    }
    expect(renderToStaticMarkup(group())).not.toContain('aria-invalid');
  });
});

describe('ConfirmCheckbox', () => {
  const tick = () => element(ConfirmCheckbox, { id: 'remove-confirm', children: 'Yes, remove Sam' });

  it('is required, says so for the eye only, and shows the refusal of its name under it', () => {
    const fine = renderToStaticMarkup(tick());
    expect(fine).toMatch(/<input id="remove-confirm" type="checkbox" required=""[^>]* name="confirm" value="yes"/);
    expect(fine).toContain('Yes, remove Sam<span aria-hidden="true"');
    expect(fine).not.toContain('aria-invalid');
    const refusal: FormState = { ok: false, code: 'VALIDATION', message: 'Tick the box.', fieldErrors: { confirm: ['Tick the box.'] } };
    const refused = withErrors(refusal, tick());
    expect(refused).toContain('aria-invalid="true" aria-describedby="remove-confirm-error"');
    expect(refused).toMatch(/<p id="remove-confirm-error" class="[^"]*">Tick the box.<\/p>/);
  });
});
