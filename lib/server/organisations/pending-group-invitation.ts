import 'server-only';
import { unansweredInvitation } from '@/lib/server/invitations/invitation-lifecycle';
import { organisationWhereMember } from './organisation-access';

/**
 * The `where` clause for one live manager invitation of a group the actor may appoint managers
 * in (group owners), so an invitation id from another group, or an answered one, finds nothing.
 */
export function pendingGroupInvitationWhere(options: { actorId: string; organisationId: string; invitationId: string }) {
  return {
    id: options.invitationId,
    organisationId: options.organisationId,
    ...unansweredInvitation,
    organisation: organisationWhereMember({ organisationId: options.organisationId, userId: options.actorId, action: 'organisation.manage-managers' }),
  };
}
