'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { FieldErrorsProvider, FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { inputClass } from '@/components/ui/input-class';
import { inviteMemberAction } from './actions';
import { useKeptInput } from '@/components/ui/use-kept-input';

/** Invites a member of staff by email; owners may also invite managers. */
export function InviteForm({ practiceId, canInviteManagers }: { practiceId: string; canInviteManagers: boolean }) {
  const [state, action, pending] = useActionState(inviteMemberAction, null);
  const kept = useKeptInput(state, action);
  const router = useRouter();
  // List the new invitation under "Waiting for an answer"; without JavaScript the form post re-renders the page anyway.
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form {...kept} className="flex flex-col gap-3">
      <input type="hidden" name="practiceId" value={practiceId} />
      <FieldErrorsProvider state={state}>
        <FormField id="invite-email" label="Email address">
          {(control) => <input {...control} name="email" type="email" required autoComplete="off" className={inputClass} />}
        </FormField>
        {canInviteManagers ? (
          <FormField id="invite-role" label="Role">
            {(control) => (
              <select {...control} name="role" defaultValue="member" className={inputClass}>
                <option value="member">Member</option>
                <option value="manager">Manager (can see progress and invite members)</option>
              </select>
            )}
          </FormField>
        ) : (
          <input type="hidden" name="role" value="member" />
        )}
      </FieldErrorsProvider>
      <Button type="submit" disabled={pending} className="self-start">
        Send invitation
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
