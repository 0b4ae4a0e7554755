import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TitledSection } from './titled-section';

describe('TitledSection', () => {
  it('is a region named by its own h2, with its content after the heading', () => {
    const html = renderToStaticMarkup(
      TitledSection({ headingId: 'plan-heading', title: 'Personal development plan', className: 'space-y-3', children: createElement('p', null, 'No plans yet.') }),
    );
    expect(html).toBe(
      '<section aria-labelledby="plan-heading" class="space-y-3"><h2 id="plan-heading" class="text-xl font-semibold">Personal development plan</h2><p>No plans yet.</p></section>',
    );
  });
});
