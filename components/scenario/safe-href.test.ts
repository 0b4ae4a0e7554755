import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref', () => {
  it('keeps http, https and mailto links', () => {
    expect(safeHref('https://www.gdc-uk.org/standards')).toBe('https://www.gdc-uk.org/standards');
    expect(safeHref('http://example.org')).toBe('http://example.org');
    expect(safeHref('mailto:advice@example.org')).toBe('mailto:advice@example.org');
  });

  it('drops script, data and relative links', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeHref('/relative/path')).toBeUndefined();
  });
});
