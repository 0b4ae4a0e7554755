/**
 * What a group manager may do, in the words the group page, the invitation email and the
 * invitation page all use, so the invitee agrees to the rights the owner was shown (ADR 023).
 */
export const GROUP_MANAGER_RIGHTS =
  "A group manager has a practice manager's rights in every practice of the group: they see staff progress and records, assign modules, send reminders and invite staff. They cannot add or remove practices, or appoint managers.";
