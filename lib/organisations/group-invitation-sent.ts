/**
 * The one answer to inviting an address as group manager, whoever it belongs to: an unknown
 * address, an existing account and a current manager all read the same, so the form reveals
 * nothing about accounts (security review F4; ADR 023 addendum 2026-12-01). `email` as normalised.
 */
export function groupInvitationSentMessage(email: string): string {
  return `Invitation sent to ${email} if they are not already in this group. They become a group manager only when they accept it, signed in with that address; the link works for 14 days.`;
}
