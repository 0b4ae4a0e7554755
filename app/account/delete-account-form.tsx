'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { deleteAccount, type DeleteAccountState } from './actions';
import { useKeptInput } from '@/components/ui/use-kept-input';

/** Deletion needs the account's email typed out, so it cannot happen by a stray click. */
export function DeleteAccountForm({ email }: { email: string }) {
  const [state, formAction, pending] = useActionState<DeleteAccountState, FormData>(deleteAccount, { ok: null });
  const kept = useKeptInput(state, formAction);

  return (
    <form {...kept} noValidate className="space-y-3 rounded-lg border-2 border-red-700 p-4 dark:border-red-400">
      <FormField
        id="confirmEmail"
        label={
          <>
            Type <span className="font-mono">{email}</span> to confirm
          </>
        }
        error={state.ok === false ? state.message : undefined}
        errorRole="alert"
      >
        {(control) => <input {...control} name="confirmEmail" type="email" autoComplete="off" required className={inputClass} />}
      </FormField>
      <Button type="submit" disabled={pending} className="bg-red-800 hover:bg-red-700 dark:bg-red-300 dark:hover:bg-red-200">
        {pending ? 'Deleting…' : 'Delete my account'}
      </Button>
    </form>
  );
}
