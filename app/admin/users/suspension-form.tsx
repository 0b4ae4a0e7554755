'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmCheckbox } from '@/components/ui/form-field';
import { StateForm } from '@/components/ui/state-form';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { setUserSuspended } from './actions';

/**
 * Suspends a user, after a required tick that says what happens (as removing a member or revoking
 * a certificate does: a trial user found Suspend took one click), or reinstates them, which gives
 * access back and takes no tick. Its refusal shows in the form; success reloads the console.
 */
export function SuspensionForm({ user, search }: { user: { id: string; email: string; suspended: boolean }; search: string }) {
  const [state, action, pending] = useActionState(setUserSuspended, null);
  const kept = useKeptInput(state, action);
  return (
    <StateForm state={state} {...kept} className="flex max-w-xs flex-col gap-2">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="suspended" value={user.suspended ? 'false' : 'true'} />
      <input type="hidden" name="search" value={search} />
      {user.suspended ? null : (
        <ConfirmCheckbox id={`suspend-${user.id}-confirm`} className="text-sm">
          Yes, suspend {user.email}: they are signed out at once and cannot sign in until reinstated.
        </ConfirmCheckbox>
      )}
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`${user.suspended ? 'Reinstate' : 'Suspend'} ${user.email}`} className="self-start">
        {user.suspended ? 'Reinstate' : 'Suspend'}
      </Button>
    </StateForm>
  );
}
