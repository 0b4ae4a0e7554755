import type { Database } from '@/lib/server/db/create-client';
import type { StudioRole } from '@/lib/permissions';
import { setStudioRole } from '@/lib/server/studio/set-studio-role';

/**
 * The people of a studio test: one user per name (e-mail `<name>@<domain>`, display name the
 * name, except secondAuthor who is "Sam" so a conflict can name them; `admin` is an
 * administrator), then the studio roles in `grants`, each granted by the admin through
 * setStudioRole as the admin page does. Returns each name's user id.
 */
export async function createStudioPeople<Name extends string>(
  db: Database,
  options: { names: readonly ('admin' | Name)[]; domain: string; grants: readonly (readonly [Name, StudioRole])[] },
): Promise<Record<'admin' | Name, string>> {
  const people = {} as Record<'admin' | Name, string>;
  for (const name of options.names) {
    const user = await db.user.create({ data: { email: `${name}@${options.domain}`, name: name === 'secondAuthor' ? 'Sam' : name, isAdmin: name === 'admin' }, select: { id: true } });
    people[name] = user.id;
  }
  for (const [person, role] of options.grants) await setStudioRole({ adminId: people.admin, userId: people[person], role, granted: true });
  return people;
}
