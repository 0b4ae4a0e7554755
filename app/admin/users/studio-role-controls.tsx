'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmCheckbox } from '@/components/ui/form-field';
import { StateForm } from '@/components/ui/state-form';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { formatShortDate } from '@/lib/cpd/plain-date';
import { studioRoles, type StudioRole } from '@/lib/permissions';
import type { HeldStudioRole } from '@/lib/server/studio/list-studio-roles';
import { setStudioRole } from './actions';
import { CONFIRM_EXPLAINED_ID } from './suspension-form';

/** The studio roles a user holds (who granted each, when) and a form to grant or remove each. */
export function StudioRoleControls({ user, held, search }: { user: { id: string; email: string }; held: readonly HeldStudioRole[]; search: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      {studioRoles.map((role) => {
        const grant = held.find((entry) => entry.role === role);
        // Keyed by whether the role is held: once it changes, the form starts afresh, without an earlier refusal.
        return <StudioRoleForm key={`${role}-${grant ? 'held' : 'not-held'}`} user={user} role={role} grant={grant} search={search} />;
      })}
    </div>
  );
}

/**
 * Grants one studio role, or removes it after a required tick (a trial user found removal took one
 * click, unlike removing a member). Granting takes none. The tick reads "Confirm", as suspending's
 * does, described by the explanation above the table (CONFIRM_EXPLAINED_ID).
 */
function StudioRoleForm({ user, role, grant, search }: { user: { id: string; email: string }; role: StudioRole; grant: HeldStudioRole | undefined; search: string }) {
  const [state, action, pending] = useActionState(setStudioRole, null);
  const kept = useKeptInput(state, action);
  return (
    <StateForm state={state} {...kept} className="flex max-w-xs flex-col gap-1">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="role" value={role} />
      <input type="hidden" name="granted" value={grant ? 'false' : 'true'} />
      <input type="hidden" name="search" value={search} />
      {grant ? (
        <ConfirmCheckbox id={`remove-${role}-${user.id}-confirm`} describedBy={CONFIRM_EXPLAINED_ID} className="text-sm">
          Confirm<VisuallyHidden> removing {role} from {user.email}</VisuallyHidden>
        </ConfirmCheckbox>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`${grant ? 'Remove' : 'Make'} ${role}: ${user.email}`} className="self-start">
        {grant ? `Remove ${role}` : `Make ${role}`}
      </Button>
      {grant ? (
        <span className="text-xs text-slate-700 dark:text-slate-300">
          {role} since {formatShortDate(grant.grantedAt)}
          {grant.grantedBy ? ` by ${grant.grantedBy}` : ''}
        </span>
      ) : null}
    </StateForm>
  );
}
