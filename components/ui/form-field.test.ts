import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormField, type FormFieldProps } from './form-field';

const render = (props: Omit<FormFieldProps, 'children'>) =>
  // FormField has no hooks, so calling it directly renders exactly what React would.
  renderToStaticMarkup(FormField({ ...props, children: (control) => createElement('input', { ...control, name: 'email' }) }));

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
});
