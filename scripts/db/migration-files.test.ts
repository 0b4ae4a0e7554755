import { describe, expect, it } from 'vitest';
import { migrationFolderName, migrationLockToml } from './migration-files';

describe('migrationFolderName', () => {
  it('prefixes the UTC timestamp and turns the name into snake case, as Prisma does', () => {
    expect(migrationFolderName('Add user Nickname!', new Date('2026-03-04T05:06:07.890Z'))).toBe(
      '20260304050607_add_user_nickname',
    );
  });

  it('refuses a name with nothing usable in it', () => {
    expect(() => migrationFolderName(' -- ', new Date())).toThrow(/Give the migration a name/);
  });
});

describe('migrationLockToml', () => {
  it('names the provider in the file Prisma expects', () => {
    expect(migrationLockToml('postgresql')).toMatch(/^provider = "postgresql"$/m);
  });
});
