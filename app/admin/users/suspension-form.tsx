'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmCheckbox } from '@/components/ui/form-field';
import { StateForm } from '@/components/ui/state-form';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { setUserSuspended } from './actions';

/** The id of the one sentence above the users table that says what each row's "Confirm" tick means. */
export const CONFIRM_EXPLAINED_ID = 'confirm-explained';

/**
 * Suspends a user, after a required tick that says what happens (as removing a member or revoking
 * a certificate does: a trial user found Suspend took one click), or reinstates them, which gives
 * access back and takes no tick. Its refusal shows in the form; success reloads the console.
 * The tick reads "Confirm" (the whole sentence in every row was a wall of repeats, user trial);
 * its name says what it confirms and CONFIRM_EXPLAINED_ID describes what that does.
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
        <ConfirmCheckbox id={`suspend-${user.id}-confirm`} describedBy={CONFIRM_EXPLAINED_ID} className="text-sm">
          Confirm<VisuallyHidden> suspending {user.email}</VisuallyHidden>
        </ConfirmCheckbox>
      )}
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`${user.suspended ? 'Reinstate' : 'Suspend'} ${user.email}`} className="self-start">
        {user.suspended ? 'Reinstate' : 'Suspend'}
      </Button>
    </StateForm>
  );
}
