import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { serveDecisionSaves } from './app-server-saves';

/** Which handler took a request: the save code (with the id it was given) or the next handler. */
function route(method: string, url: string): string {
  let taken = 'next handler';
  const handle = serveDecisionSaves(
    () => undefined,
    async (_request, _response, attemptId) => {
      taken = `save ${attemptId}`;
    },
  );
  void handle({ method, url } as IncomingMessage, {} as ServerResponse);
  return taken;
}

describe('serveDecisionSaves', () => {
  it('answers exactly POST /api/attempts/:id/decisions with the save code, the id decoded as Next.js decodes it', () => {
    expect(route('POST', '/api/attempts/abc123/decisions')).toBe('save abc123');
    expect(route('POST', '/api/attempts/abc123/decisions?x=1')).toBe('save abc123');
    expect(route('POST', '/api/attempts/a%20b/decisions')).toBe('save a b');
  });

  it.each([
    ['a GET of the same path', 'GET', '/api/attempts/abc123/decisions'],
    ['a trailing slash (Next.js redirects it)', 'POST', '/api/attempts/abc123/decisions/'],
    ['a longer path', 'POST', '/api/attempts/abc123/decisions/more'],
    ['an id of two segments', 'POST', '/api/attempts/a/b/decisions'],
    ['another route', 'POST', '/api/attempts/abc123/heartbeat'],
    ['an id that does not decode', 'POST', '/api/attempts/%E0%A4%A/decisions'],
  ])('leaves %s to the next handler', (_name, method, url) => {
    expect(route(method, url)).toBe('next handler');
  });
});
