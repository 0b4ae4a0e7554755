import 'server-only';
import { cache } from 'react';
import type { Actor, OrganisationRole, PracticeRole, StudioRole } from '@/lib/permissions';
import { cookies } from 'next/headers';
import { AppError } from '@/lib/errors';
import { assertDatabaseAnswers } from '@/lib/server/db/assert-database-answers';
import { db } from '@/lib/server/db/client';
import { auth } from './auth';
import { ASK_AUTH_JS, readSessionWithoutAuthJs } from './read-session-without-auth-js';
import { actingUserId } from './run-as-user';

/** The signed-in user, as every page, action and route handler sees them. */
export interface CurrentUser extends Actor {
  id: string;
  email: string;
  name: string | null;
  certificateName: string | null;
  isAdmin: boolean;
  memberships: Array<{ practiceId: string; practiceName: string; role: PracticeRole }>;
  studioRoles: StudioRole[];
  organisations: Array<{ organisationId: string; organisationName: string; role: OrganisationRole }>;
  groupPractices: Array<{ practiceId: string; role: OrganisationRole }>;
}

const SESSION_COOKIE = 'authjs.session-token';

/** Whether the request carries an Auth.js session cookie (`__Secure-` prefixed over https). */
async function hasSessionCookie(): Promise<boolean> {
  return (await cookies()).getAll().some(({ name }) => name === SESSION_COOKIE || name === `__Secure-${SESSION_COOKIE}`);
}

async function sessionUserId(): Promise<string | null> {
  const acting = actingUserId();
  if (acting) return acting.userId;
  // A live session that Auth.js would leave as it is is read in one join; Auth.js's own session
  // request (several times the CPU) runs only when it must decide (ADR 024, addendum).
  const live = await readSessionWithoutAuthJs();
  if (live !== ASK_AUTH_JS) return live.userId;
  const session = await auth();
  const userId = session?.user?.id ?? null;
  // Auth.js reports "no session" when the database cannot read one. A session cookie with no
  // session is then either an ended session or an outage: ask the database, which throws
  // STORAGE_UNAVAILABLE in an outage, so nobody is told their session ended when it did not.
  // Visitors without the cookie cost nothing.
  if (!userId && (await hasSessionCookie())) await assertDatabaseAnswers();
  return userId;
}

/**
 * The signed-in user, or null when signed out, when the session has expired or been revoked, or
 * when the user is suspended. Cached for the duration of one request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const userId = await sessionUserId();
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      certificateName: true,
      isAdmin: true,
      suspendedAt: true,
      memberships: { select: { practiceId: true, role: true, practice: { select: { name: true } } }, orderBy: { createdAt: 'asc' } },
      studioRoles: { select: { role: true }, orderBy: { role: 'asc' } },
      organisationMemberships: {
        select: { role: true, organisation: { select: { id: true, name: true, practices: { select: { id: true } } } } },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
  if (!user || user.suspendedAt) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    certificateName: user.certificateName,
    isAdmin: user.isAdmin,
    memberships: user.memberships.map((membership) => ({
      practiceId: membership.practiceId,
      practiceName: membership.practice.name,
      // The column is a string for portability; only these three values are ever written.
      role: membership.role as PracticeRole,
    })),
    // Likewise only 'author' and 'reviewer' are written (lib/server/studio/set-studio-role.ts).
    studioRoles: user.studioRoles.map(({ role }) => role as StudioRole),
    // Only 'owner' and 'manager' are written (lib/server/organisations).
    organisations: user.organisationMemberships.map(({ role, organisation }) => ({
      organisationId: organisation.id,
      organisationName: organisation.name,
      role: role as OrganisationRole,
    })),
    groupPractices: user.organisationMemberships.flatMap(({ role, organisation }) =>
      organisation.practices.map((practice) => ({ practiceId: practice.id, role: role as OrganisationRole })),
    ),
  };
});

/** The signed-in user; throws AppError UNAUTHENTICATED (pages: redirect to /sign-in; routes: 401). */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in to continue.');
  return user;
}
