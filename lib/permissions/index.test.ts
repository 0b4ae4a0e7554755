import { describe, expect, it } from 'vitest';
import { can, groupRolesFor, rolesFor, studioRolesFor, type Actor } from './index';

const learner: Actor = { id: 'learner', isAdmin: false, memberships: [] };
const member: Actor = { id: 'member', isAdmin: false, memberships: [{ practiceId: 'harbour', role: 'member' }] };
const manager: Actor = { id: 'manager', isAdmin: false, memberships: [{ practiceId: 'harbour', role: 'manager' }] };
const owner: Actor = { id: 'owner', isAdmin: false, memberships: [{ practiceId: 'harbour', role: 'owner' }] };
const otherOwner: Actor = { id: 'other-owner', isAdmin: false, memberships: [{ practiceId: 'elsewhere', role: 'owner' }] };
const admin: Actor = { id: 'admin', isAdmin: true, memberships: [] };

describe('can', () => {
  it('denies everything to someone signed out', () => {
    expect(can(null, 'practice.create')).toBe(false);
    expect(can(undefined, 'profile.update', { userId: 'anyone' })).toBe(false);
  });

  it('lets people edit, export and delete only their own account, admins included', () => {
    for (const action of ['profile.update', 'account.export', 'account.delete'] as const) {
      expect(can(learner, action, { userId: 'learner' })).toBe(true);
      expect(can(learner, action, { userId: 'member' })).toBe(false);
      expect(can(admin, action, { userId: 'learner' })).toBe(false);
      expect(can(learner, action)).toBe(false);
    }
  });

  it('keeps the admin console and suspension to admins, who cannot suspend themselves', () => {
    expect(can(admin, 'admin.view')).toBe(true);
    expect(can(owner, 'admin.view')).toBe(false);
    expect(can(admin, 'user.suspend', { userId: 'learner' })).toBe(true);
    expect(can(admin, 'user.suspend', { userId: 'admin' })).toBe(false);
    expect(can(owner, 'user.suspend', { userId: 'member' })).toBe(false);
  });

  it('shows decision insight to admins, authors and reviewers, and keeps the per-learner xAPI export to admins', () => {
    const author: Actor = { ...learner, id: 'author', studioRoles: ['author'] };
    const reviewer: Actor = { ...learner, id: 'reviewer', studioRoles: ['reviewer'] };
    const actors = [learner, member, manager, owner, admin, author, reviewer];
    expect(actors.map((actor) => can(actor, 'scenario.insight'))).toEqual([false, false, false, false, true, true, true]);
    expect(actors.map((actor) => can(actor, 'insight.xapi'))).toEqual([false, false, false, false, true, false, false]);
  });

  it('grants studio actions by studio role, and studio roles only to admins to manage', () => {
    const author: Actor = { ...learner, id: 'author', studioRoles: ['author'] };
    const reviewer: Actor = { ...learner, id: 'reviewer', studioRoles: ['reviewer'] };
    const actors = [learner, owner, admin, author, reviewer];
    expect(actors.map((actor) => can(actor, 'studio.view'))).toEqual([false, false, false, true, true]);
    expect(actors.map((actor) => can(actor, 'studio.write'))).toEqual([false, false, false, true, false]);
    expect(actors.map((actor) => can(actor, 'studio.review'))).toEqual([false, false, false, false, true]);
    expect(actors.map((actor) => can(actor, 'studio.publish'))).toEqual([false, false, false, true, true]);
    expect(actors.map((actor) => can(actor, 'user.studio-roles'))).toEqual([false, false, true, false, false]);
    expect(studioRolesFor('studio.review')).toEqual(['reviewer']);
  });

  it('grants practice actions by role in that practice only', () => {
    const harbour = { practiceId: 'harbour' };
    expect([learner, member, manager, owner, otherOwner, admin].map((actor) => can(actor, 'practice.manage', harbour))).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
    ]);
    expect(can(member, 'practice.view', harbour)).toBe(true);
    expect(can(member, 'practice.view-progress', harbour)).toBe(false);
    expect(can(manager, 'practice.delete', harbour)).toBe(false);
    expect(can(owner, 'practice.delete', harbour)).toBe(true);
    expect(can(owner, 'practice.manage')).toBe(false);
  });

  it('lets admins see a practice exists but not its staff progress', () => {
    expect(can(admin, 'practice.view', { practiceId: 'harbour' })).toBe(true);
    expect(can(admin, 'practice.view-progress', { practiceId: 'harbour' })).toBe(false);
  });
});

describe('rolesFor', () => {
  it('gives queries the same roles the checks use', () => {
    expect(rolesFor('practice.manage')).toEqual(['owner', 'manager']);
    expect(rolesFor('practice.delete')).toEqual(['owner']);
  });

  it('gives group owners and managers a practice manager\'s rights in the group\'s sites only, and site changes to group owners', () => {
    const groupOwner: Actor = { ...learner, id: 'group-owner', organisations: [{ organisationId: 'smile', role: 'owner' }], groupPractices: [{ practiceId: 'harbour', role: 'owner' }] };
    const groupManager: Actor = { ...learner, id: 'group-manager', organisations: [{ organisationId: 'smile', role: 'manager' }], groupPractices: [{ practiceId: 'harbour', role: 'manager' }] };
    const harbour = { practiceId: 'harbour' };
    for (const actor of [groupOwner, groupManager]) {
      expect(can(actor, 'practice.view-progress', harbour)).toBe(true);
      expect(can(actor, 'practice.manage', harbour)).toBe(true);
      expect(can(actor, 'practice.manage-managers', harbour)).toBe(false);
      expect(can(actor, 'practice.delete', harbour)).toBe(false);
      expect(can(actor, 'practice.view-progress', { practiceId: 'elsewhere' })).toBe(false);
      expect(can(actor, 'organisation.view', { organisationId: 'smile' })).toBe(true);
      expect(can(actor, 'organisation.view', { organisationId: 'other-group' })).toBe(false);
    }
    expect([groupOwner, groupManager, owner, admin].map((actor) => can(actor, 'organisation.manage-practices', { organisationId: 'smile' }))).toEqual([true, false, false, false]);
    expect([groupOwner, groupManager, owner, admin].map((actor) => can(actor, 'organisation.manage-managers', { organisationId: 'smile' }))).toEqual([true, false, false, false]);
    expect(can(groupOwner, 'organisation.view')).toBe(false);
    expect(groupRolesFor('practice.manage-managers')).toEqual([]);
  });
});
