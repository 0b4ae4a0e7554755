'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { inputBoxClass } from '@/components/ui/input-class';
import type { ActionFailure } from '@/lib/errors';
import { revokeCertificateAction } from './actions';

// The same limit as the server's (lib/server/certificates/revoke-certificate.ts), which a client component cannot import.
const REVOCATION_REASON_MAX_LENGTH = 500;

/**
 * Revokes one certificate. The reason is required and becomes public on its verification page;
 * a required checkbox says what happens, so revoking takes a deliberate second step with or without JavaScript.
 */
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
          maxLength={REVOCATION_REASON_MAX_LENGTH}
          aria-invalid={state ? true : undefined}
          aria-describedby={state ? `${id}-error` : undefined}
          className={`block w-64 ${inputBoxClass}`}
        />
      </div>
      <label className="flex max-w-md items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" required className="mt-1 size-5" />
        <span>I understand: the verification page will show {code} as revoked with this reason, and the holder is emailed. It can be reinstated for a limited time.</span>
      </label>
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
