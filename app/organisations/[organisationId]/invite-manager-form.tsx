'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { StateForm } from '@/components/ui/state-form';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { inviteGroupManagerAction } from '../actions';

// The same limit as the server's (GROUP_MANAGER_EMAIL_MAX_LENGTH), which a client component cannot import.
const EMAIL_MAX_LENGTH = 254;

/**
 * Invites someone, by email address, to become a manager of the group. The answer is the same
 * whoever the address belongs to, and the role is theirs only once they accept; the page's data
 * is reloaded after a success so the pending list shows the invitation.
 */
export function InviteManagerForm({ organisationId }: { organisationId: string }) {
  const [state, action, pending] = useActionState(inviteGroupManagerAction, null);
  const kept = useKeptInput(state, action);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <StateForm state={state} {...kept} className="flex max-w-md flex-col gap-3">
      <input type="hidden" name="organisationId" value={organisationId} />
      <FormField id="manager-email" label="Email address" hint="They get an email to accept or decline; nothing changes until they accept.">
        {(control) => <input {...control} name="email" type="email" autoComplete="off" required maxLength={EMAIL_MAX_LENGTH} className={inputClass} />}
      </FormField>
      <Button type="submit" disabled={pending} className="self-start">
        Send invitation
      </Button>
    </StateForm>
  );
}
