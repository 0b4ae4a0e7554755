import { randomUUID } from 'node:crypto';
import type { Database } from '@/lib/server/db/create-client';

/** Who is asking, in the authorization matrix and other tests. */
export const personas = ['anonymous', 'learner', 'outsider', 'owner', 'admin', 'author', 'reviewer'] as const;
export type Persona = (typeof personas)[number];
export type SignedInPersona = Exclude<Persona, 'anonymous'>;

export interface PersonaUser {
  id: string;
  email: string;
}

/** The people and practices every matrix cell starts from. */
export interface World {
  users: Record<SignedInPersona, PersonaUser>;
  /** Owned by `owner`; `learner` and `admin` are not in it. */
  practiceId: string;
  /** Where `outsider` is a member: another practice entirely. */
  otherPracticeId: string;
}

/**
 * Creates a fresh set of personas with unique addresses, so cells never share rows: a learner
 * with no practice, a member of another practice, the owner of `practiceId`, an admin, and an
 * author and a reviewer in the authoring studio (learners otherwise, in no practice).
 */
export async function createWorld(db: Database): Promise<World> {
  const tag = randomUUID().slice(0, 8);
  const create = async (persona: SignedInPersona, extra: { isAdmin?: boolean } = {}) =>
    db.user.create({
      data: { email: `${persona}-${tag}@example.test`, name: `${persona} ${tag}`, certificateName: `${persona} ${tag}`, ...extra },
      select: { id: true, email: true },
    });
  const users = {
    learner: await create('learner'),
    outsider: await create('outsider'),
    owner: await create('owner'),
    admin: await create('admin', { isAdmin: true }),
    author: await create('author'),
    reviewer: await create('reviewer'),
  };
  await db.studioRole.createMany({
    data: [
      { userId: users.author.id, role: 'author' },
      { userId: users.reviewer.id, role: 'reviewer' },
    ],
  });
  const practice = await db.practice.create({
    data: { name: `Harbour Dental ${tag}`, members: { create: { userId: users.owner.id, role: 'owner' } } },
    select: { id: true },
  });
  const otherPractice = await db.practice.create({
    data: { name: `Elsewhere Dental ${tag}`, members: { create: { userId: users.outsider.id, role: 'member' } } },
    select: { id: true },
  });
  return { users, practiceId: practice.id, otherPracticeId: otherPractice.id };
}

/** A form body as server actions receive it. */
export function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}
