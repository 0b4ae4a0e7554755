import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError, genericErrorMessage, isStorageUnavailable, storageUnavailableMessage, toActionFailure, toErrorResponse } from './errors';

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

describe('toActionFailure', () => {
  it('files a refusal about one input under that field, so the form shows it there', () => {
    expect(toActionFailure(new AppError('CONFLICT', 'Sam is already a group manager here.', { field: 'email' }))).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: 'Sam is already a group manager here.',
      fieldErrors: { email: ['Sam is already a group manager here.'] },
    });
  });

  it('leaves refusals about the whole request, and hidden server faults, without field errors', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(toActionFailure(new AppError('NOT_FOUND', 'Group not found.'))).toEqual({ ok: false, code: 'NOT_FOUND', message: 'Group not found.' });
    expect(toActionFailure(new AppError('INTERNAL', 'stack details', { field: 'email' }))).toEqual({ ok: false, code: 'INTERNAL', message: genericErrorMessage });
  });
});

describe('isStorageUnavailable', () => {
  it('recognises storage faults however deeply they are wrapped', () => {
    const prismaReadOnly = { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'sqlite', originalCode: 'SQLITE_READONLY' } } } };
    const authJsRefusal = Object.assign(new Error('AccessDenied'), { cause: { err: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) } });
    for (const error of [
      prismaReadOnly,
      { cause: { originalCode: 'SQLITE_FULL' } },
      { cause: { originalCode: 'SQLITE_CANTOPEN' } },
      { cause: { kind: 'postgres', code: '25006' } },
      { cause: { kind: 'DatabaseNotReachable' } },
      authJsRefusal,
    ]) {
      expect(isStorageUnavailable(error)).toBe(true);
    }
  });

  it('leaves ordinary failures alone', () => {
    for (const error of [new Error('boom'), { code: 'P2002' }, { cause: { kind: 'UniqueConstraintViolation' } }, null, 'SQLITE_FULL']) {
      expect(isStorageUnavailable(error)).toBe(false);
    }
  });

  it('tells users storage faults truthfully, with 503', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = toErrorResponse({ cause: { originalCode: 'SQLITE_READONLY' } });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: 'STORAGE_UNAVAILABLE', message: storageUnavailableMessage } });
  });
});
