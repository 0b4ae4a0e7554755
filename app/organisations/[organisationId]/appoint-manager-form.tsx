'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { appointGroupManagerAction } from '../actions';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { StateForm } from '@/components/ui/state-form';

// The same limit as the server's (GROUP_MANAGER_EMAIL_MAX_LENGTH), which a client component cannot import.
const EMAIL_MAX_LENGTH = 254;

/** Appoints someone who already has a Postwise account as a manager of the group, by their email address. */
export function AppointManagerForm({ organisationId }: { organisationId: string }) {
  const [state, action, pending] = useActionState(appointGroupManagerAction, null);
  const kept = useKeptInput(state, action);
  return (
    <StateForm state={state} {...kept} className="flex max-w-md flex-col gap-3">
      <input type="hidden" name="organisationId" value={organisationId} />
      <FormField
        id="manager-email"
        label="Email address"
        hint="They must already have a Postwise account: ask them to sign in once first."
      >
        {(control) => <input {...control} name="email" type="email" autoComplete="off" required maxLength={EMAIL_MAX_LENGTH} className={inputClass} />}
      </FormField>
      <Button type="submit" disabled={pending} className="self-start">
        Appoint group manager
      </Button>
    </StateForm>
  );
}
