import 'server-only';
import { getCurrentUser } from './get-current-user';
import { ASK_AUTH_JS, readSessionWithoutAuthJs } from './read-session-without-auth-js';
import { actingUserId } from './run-as-user';

/**
 * The signed-in user's id, or null exactly when getCurrentUser() would say nobody is signed in
 * (no session, an ended or revoked one, a suspended user). For hot actions that need only who is
 * acting (saving a decision, issue 19): the one-join session read of readSessionWithoutAuthJs,
 * without getCurrentUser()'s reads of the user's memberships and roles.
 *
 * Whenever Auth.js must decide (see readSessionWithoutAuthJs), or a test acts as someone, it hands
 * over to getCurrentUser(). A database that does not answer throws AppError('STORAGE_UNAVAILABLE').
 */
export async function getSignedInUserId(): Promise<string | null> {
  const session = actingUserId() ? ASK_AUTH_JS : await readSessionWithoutAuthJs();
  if (session === ASK_AUTH_JS) return (await getCurrentUser())?.id ?? null;
  return session.userId;
}
