'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { deleteAccount, type DeleteAccountState } from './actions';

/** Deletion needs the account's email typed out, so it cannot happen by a stray click. */
export function DeleteAccountForm({ email }: { email: string }) {
  const [state, formAction, pending] = useActionState<DeleteAccountState, FormData>(deleteAccount, { ok: null });

  return (
    <form action={formAction} noValidate className="space-y-3 rounded-lg border-2 border-red-700 p-4 dark:border-red-400">
      <div className="space-y-1">
        <label htmlFor="confirmEmail" className="block font-semibold">
          Type <span className="font-mono">{email}</span> to confirm
        </label>
        <input
          id="confirmEmail"
          name="confirmEmail"
          type="email"
          autoComplete="off"
          required
          aria-invalid={state.ok === false ? true : undefined}
          aria-describedby={state.ok === false ? 'confirmEmail-error' : undefined}
          className="block min-h-11 w-full rounded-lg border-2 border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        />
        {state.ok === false ? (
          <p id="confirmEmail-error" role="alert" className="text-red-800 dark:text-red-300">
            {state.message}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending} className="bg-red-800 hover:bg-red-700 dark:bg-red-300 dark:hover:bg-red-200">
        {pending ? 'Deleting…' : 'Delete my account'}
      </Button>
    </form>
  );
}
