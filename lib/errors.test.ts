import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError, genericErrorMessage, toActionFailure, toErrorResponse } from './errors';

afterEach(() => vi.restoreAllMocks());

describe('toErrorResponse', () => {
  it('maps each code to its HTTP status and keeps client messages', async () => {
    const response = toErrorResponse(new AppError('FORBIDDEN', 'Only administrators can do that.'));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'Only administrators can do that.' } });
  });

  it('sends Retry-After with rate limits', () => {
    const response = toErrorResponse(new AppError('RATE_LIMITED', 'Slow down.', { retryAfterSeconds: 90 }));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('90');
  });

  it('hides unknown errors behind a generic message and logs them', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = toErrorResponse(new Error('connection string postgres://secret'));
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('secret');
    expect(log).toHaveBeenCalledOnce();
  });

  it('hides configuration messages from users too', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(toActionFailure(new AppError('CONFIGURATION', 'SMTP_URL is not set'))).toEqual({ ok: false, code: 'CONFIGURATION', message: genericErrorMessage });
  });
});
