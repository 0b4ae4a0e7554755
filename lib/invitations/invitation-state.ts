/** Where an invitation stands; practice and group invitations share it. */
export type InvitationState = 'pending' | 'accepted' | 'declined' | 'expired' | 'revoked' | 'superseded';

/** Who sent an invitation, as its messages name them ("Ask the practice to invite you again"). */
export type InvitationSender = 'the practice' | 'the group owner';
