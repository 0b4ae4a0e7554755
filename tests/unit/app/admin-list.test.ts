import { describe, expect, it } from 'vitest';
import { ADMIN_LIST_LIMIT, listTitle, readAdminQuery } from '@/app/admin/admin-list';

describe('listTitle', () => {
  it('counts the rows of an admin list, with "+" only when the list is full and may hide more', () => {
    expect(listTitle('Users', 12)).toBe('Users (12)');
    expect(listTitle('Certificates', 0)).toBe('Certificates (0)');
    expect(listTitle('Practices', ADMIN_LIST_LIMIT)).toBe(`Practices (${ADMIN_LIST_LIMIT}+)`);
  });
});

describe('readAdminQuery', () => {
  it('reads the search, cut to 200 characters, and ignores a repeated q', () => {
    expect(readAdminQuery({ q: 'smith' }).search).toBe('smith');
    expect(readAdminQuery({ q: 'x'.repeat(300) }).search).toHaveLength(200);
    expect(readAdminQuery({ q: ['a', 'b'] }).search).toBe('');
    expect(readAdminQuery({}).search).toBe('');
  });

  it('shows only known notices, never text from the URL', () => {
    expect(readAdminQuery({ notice: 'certificate-revoked' }).notice).not.toBeNull();
    expect(readAdminQuery({ notice: 'Call 0800 000 000' }).notice).toBeNull();
  });
});
