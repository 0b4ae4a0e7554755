/**
 * The one permission helper (house style 4). Pure: the server calls it before every write and
 * pages call it to hide buttons. Everyone signed in is a learner; owner and manager are roles in one
 * practice; admin is global and granted only from the command line. Anything not listed is denied.
 */

export const practiceRoles = ['owner', 'manager', 'member'] as const;
export type PracticeRole = (typeof practiceRoles)[number];

/** Roles in a dental group (ADR 023): both see every site as a practice manager; only owners change which sites. */
export const organisationRoles = ['owner', 'manager'] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

/** Authoring studio roles (ADR 010), granted and removed by an admin on the admin page. */
export const studioRoles = ['author', 'reviewer'] as const;
export type StudioRole = (typeof studioRoles)[number];

/** The facts about a user that permissions depend on (a subset of the current user). */
export interface Actor {
  id: string;
  isAdmin: boolean;
  memberships: ReadonlyArray<{ practiceId: string; role: PracticeRole }>;
  /** Authoring studio roles; absent means none. */
  studioRoles?: readonly StudioRole[];
  /** Organisations the user holds a group role in; absent means none. */
  organisations?: ReadonlyArray<{ organisationId: string; role: OrganisationRole }>;
  /** Practices reached through a group role, one entry per practice of each of those organisations. */
  groupPractices?: ReadonlyArray<{ practiceId: string; role: OrganisationRole }>;
}

/** What an action is done to; which fields matter depends on the action. */
export interface Resource {
  /** The user who owns the data (profile, attempts, certificates). */
  userId?: string;
  practiceId?: string;
  organisationId?: string;
}

type Rule = (actor: Actor, resource: Resource) => boolean;

const isSelf: Rule = (actor, resource) => resource.userId !== undefined && resource.userId === actor.id;
const isAdmin: Rule = (actor) => actor.isAdmin;

/**
 * Studio actions and the roles allowed to do each. lib/server/studio re-reads the roles from the
 * database inside the same transaction as the write (`studioRolesFor`), so the page and the query agree.
 */
export const studioActionRoles = {
  // Both roles see the drafts and published scenarios, and can discuss them.
  'studio.view': ['author', 'reviewer'],
  'studio.comment': ['author', 'reviewer'],
  // Writing: create, save, submit, run every path, check a reply.
  'studio.write': ['author'],
  // Approve or send back; never a draft the reviewer wrote any revision of (checked in the query).
  'studio.review': ['reviewer'],
  // Publish an approved draft: whoever takes it the last step, author or reviewer.
  'studio.publish': ['author', 'reviewer'],
} as const satisfies Record<string, readonly StudioRole[]>;

export type StudioAction = keyof typeof studioActionRoles;

function hasStudioRole(action: StudioAction): Rule {
  const allowed: readonly StudioRole[] = studioActionRoles[action];
  return (actor) => (actor.studioRoles ?? []).some((role) => allowed.includes(role));
}

/**
 * Practice roles allowed to do each practice action. Queries use the same lists
 * (`role: { in: rolesFor('practice.manage') }`) so the page and the database agree.
 */
export const practiceActionRoles = {
  'practice.view': ['owner', 'manager', 'member'],
  'practice.view-progress': ['owner', 'manager'],
  'practice.manage': ['owner', 'manager'],
  'practice.manage-managers': ['owner'],
  'practice.delete': ['owner'],
} as const satisfies Record<string, readonly PracticeRole[]>;

export type PracticeAction = keyof typeof practiceActionRoles;

/**
 * Group roles allowed to do each practice action in the group's practices: the rights of a
 * practice manager (see progress, assign, remind, invite staff), never managers' or the
 * practice's own fate. `practice.view` (a member's view) is not granted: a group role is not
 * membership. Queries use the same lists (`groupRolesFor`).
 */
export const practiceActionGroupRoles = {
  'practice.view': [],
  'practice.view-progress': ['owner', 'manager'],
  'practice.manage': ['owner', 'manager'],
  'practice.manage-managers': [],
  'practice.delete': [],
} as const satisfies Record<PracticeAction, readonly OrganisationRole[]>;

/** Group roles allowed to do each organisation action (ADR 023). */
export const organisationActionRoles = {
  'organisation.view': ['owner', 'manager'],
  'organisation.manage-practices': ['owner'],
  // Appointing and removing group managers: owners only, so a manager cannot widen the group's reach.
  'organisation.manage-managers': ['owner'],
} as const satisfies Record<string, readonly OrganisationRole[]>;

export type OrganisationAction = keyof typeof organisationActionRoles;

function hasPracticeRole(action: PracticeAction): Rule {
  const allowed: readonly PracticeRole[] = practiceActionRoles[action];
  const allowedInGroup: readonly OrganisationRole[] = practiceActionGroupRoles[action];
  return (actor, resource) =>
    resource.practiceId !== undefined &&
    (actor.memberships.some((membership) => membership.practiceId === resource.practiceId && allowed.includes(membership.role)) ||
      (actor.groupPractices ?? []).some((entry) => entry.practiceId === resource.practiceId && allowedInGroup.includes(entry.role)));
}

function hasOrganisationRole(action: OrganisationAction): Rule {
  const allowed: readonly OrganisationRole[] = organisationActionRoles[action];
  return (actor, resource) =>
    resource.organisationId !== undefined &&
    (actor.organisations ?? []).some((membership) => membership.organisationId === resource.organisationId && allowed.includes(membership.role));
}

const rules = {
  // Your own account: nobody else, not even an admin, edits, exports or deletes it.
  'profile.update': isSelf,
  'account.export': isSelf,
  'account.delete': isSelf,
  // Admin console: suspension is the only power over other users, and never over yourself.
  'admin.view': isAdmin,
  'user.suspend': (actor, resource) => isAdmin(actor, resource) && resource.userId !== actor.id,
  // Studio roles are granted in the browser by admins; admin itself stays command-line only.
  'user.studio-roles': isAdmin,
  'studio.view': hasStudioRole('studio.view'),
  'studio.comment': hasStudioRole('studio.comment'),
  'studio.write': hasStudioRole('studio.write'),
  'studio.review': hasStudioRole('studio.review'),
  'studio.publish': hasStudioRole('studio.publish'),
  'certificate.revoke': isAdmin,
  'certificate.reinstate': isAdmin,
  // Decision insight (aggregates, small cells hidden): admins, and the authors and reviewers who write
  // and check the scenarios (issue 16). The xAPI export holds one statement per learner: admins only.
  'scenario.insight': (actor, resource) => isAdmin(actor, resource) || hasStudioRole('studio.view')(actor, resource),
  'insight.xapi': isAdmin,
  'practice.create': () => true,
  'practice.view': (actor, resource) => hasPracticeRole('practice.view')(actor, resource) || isAdmin(actor, resource),
  'practice.view-progress': hasPracticeRole('practice.view-progress'),
  'practice.manage': hasPracticeRole('practice.manage'),
  'practice.manage-managers': hasPracticeRole('practice.manage-managers'),
  'practice.delete': hasPracticeRole('practice.delete'),
  // Anyone may start a group, as anyone may create a practice; it holds only practices they own.
  'organisation.create': () => true,
  'organisation.view': hasOrganisationRole('organisation.view'),
  'organisation.manage-practices': hasOrganisationRole('organisation.manage-practices'),
  'organisation.manage-managers': hasOrganisationRole('organisation.manage-managers'),
} satisfies Record<string, Rule>;

export type Action = keyof typeof rules;

/** Whether `actor` may do `action` to `resource`; anonymous users may do nothing here. */
export function can(actor: Actor | null | undefined, action: Action, resource: Resource = {}): boolean {
  if (!actor) return false;
  const rule: Rule | undefined = rules[action];
  return rule ? rule(actor, resource) : false;
}

/** The studio roles a query must require for a studio action. */
export function studioRolesFor(action: StudioAction): StudioRole[] {
  return [...studioActionRoles[action]];
}

/** The practice roles a query must require for a practice action. */
export function rolesFor(action: PracticeAction): PracticeRole[] {
  return [...practiceActionRoles[action]];
}

/** The group roles that grant a practice action in the group's practices; empty when none does. */
export function groupRolesFor(action: PracticeAction): OrganisationRole[] {
  return [...practiceActionGroupRoles[action]];
}

/** The group roles a query must require for an organisation action. */
export function organisationRolesFor(action: OrganisationAction): OrganisationRole[] {
  return [...organisationActionRoles[action]];
}
