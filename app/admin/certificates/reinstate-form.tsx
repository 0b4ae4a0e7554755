'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionFailure } from '@/lib/errors';
import { reinstateCertificateAction } from './actions';

/**
 * Reinstates one revoked certificate, within the grace period the page states. A required
 * checkbox says what happens, so it takes a deliberate second step with or without JavaScript.
 */
export function ReinstateForm({ code, search, until }: { code: string; search: string; until: string }) {
  const [state, formAction, pending] = useActionState<ActionFailure | null, FormData>(reinstateCertificateAction, null);
  const id = `reinstate-${code}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" aria-describedby={state ? `${id}-error` : undefined}>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="search" value={search} />
      <label className="flex max-w-md items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" required className="mt-1 size-5" />
        <span>
          I understand: {code} becomes valid again on its verification page, and the holder is emailed. (Possible until {until}.)
        </span>
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        Reinstate
      </Button>
      {state ? (
        <p id={`${id}-error`} role="alert" className="w-full text-sm text-red-800 dark:text-red-300">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
