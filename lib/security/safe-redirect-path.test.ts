import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect-path';

const origin = 'https://cpd.example.org';

/**
 * Open-redirect payloads as they arrive after the query string is decoded once. Each would take a
 * browser to another site if it reached a Location header or a link unchanged.
 */
const payloads = [
  '//evil.example',
  '///evil.example',
  '////evil.example/path',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '\t//evil.example',
  '/\u0000/evil.example',
  '/\nSet-Cookie: a=b',
  ' //evil.example',
  'https://evil.example',
  'http://evil.example/',
  'HTTPS://evil.example',
  'https:evil.example',
  'https:/evil.example',
  '//evil.example@cpd.example.org',
  'https://cpd.example.org@evil.example/',
  'https://user:pass@cpd.example.org/learn',
  'https://cpd.example.org.evil.example/',
  'http://cpd.example.org/learn',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'mailto:someone@evil.example',
  'ftp://evil.example',
  'evil.example',
  '.evil.example',
  '/.//evil.example',
  '/./\\evil.example',
  '',
  '   ',
];

describe('safeRedirectPath', () => {
  it.each(payloads)('sends %j to the home page', (payload) => {
    expect(safeRedirectPath(payload, origin)).toBe('/');
  });

  it('refuses everything that is not a string', () => {
    for (const value of [undefined, null, 42, ['/learn'], { href: '/learn' }]) expect(safeRedirectPath(value, origin)).toBe('/');
  });

  it('keeps same-site paths, with their query and fragment', () => {
    expect(safeRedirectPath('/learn', origin)).toBe('/learn');
    expect(safeRedirectPath('/invitations/abc-DEF_123', origin)).toBe('/invitations/abc-DEF_123');
    expect(safeRedirectPath('/practice/p1?tab=staff#progress', origin)).toBe('/practice/p1?tab=staff#progress');
    expect(safeRedirectPath('/learn/../profile', origin)).toBe('/profile');
  });

  it('keeps encoded characters encoded, so no later decoding makes a new address', () => {
    expect(safeRedirectPath('/%2F%2Fevil.example', origin)).toBe('/%2F%2Fevil.example');
    expect(safeRedirectPath('/%5Cevil.example', origin)).toBe('/%5Cevil.example');
    expect(safeRedirectPath('/%09/evil.example', origin)).toBe('/%09/evil.example');
    expect(safeRedirectPath('/%0A', origin)).toBe('/%0A');
  });

  it('accepts a full URL only on the configured public origin, and returns its path', () => {
    expect(safeRedirectPath('https://cpd.example.org/profile?x=1', origin)).toBe('/profile?x=1');
    expect(safeRedirectPath('https://cpd.example.org', origin)).toBe('/');
    expect(safeRedirectPath('https://cpd.example.org/profile')).toBe('/');
  });
});
