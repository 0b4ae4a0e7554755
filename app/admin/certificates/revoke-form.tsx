'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { inputBoxClass } from '@/components/ui/input-class';
import type { ActionFailure } from '@/lib/errors';
import { revokeCertificateAction } from './actions';

/** Revokes one certificate; the reason is required and becomes public on its verification page. */
export function RevokeForm({ code, search }: { code: string; search: string }) {
  const [state, formAction, pending] = useActionState<ActionFailure | null, FormData>(revokeCertificateAction, null);
  const id = `reason-${code}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="search" value={search} />
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-semibold">
          Reason for revoking {code} (shown publicly)
        </label>
        <input
          id={id}
          name="reason"
          required
          minLength={5}
          maxLength={500}
          aria-invalid={state ? true : undefined}
          aria-describedby={state ? `${id}-error` : undefined}
          className={`block w-64 ${inputBoxClass}`}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Revoke
      </Button>
      {state ? (
        <p id={`${id}-error`} role="alert" className="w-full text-sm text-red-800 dark:text-red-300">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
