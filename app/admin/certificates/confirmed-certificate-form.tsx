'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionFailure } from '@/lib/errors';

/**
 * One admin decision on one certificate (revoke, reinstate): the certificate's code and the
 * console's search carried along, `fields` if the decision needs more, a required checkbox saying
 * what happens (`confirmation`), so it takes a deliberate second step with or without JavaScript,
 * and the server's refusal under it, announced, as `${errorId}`.
 */
export function ConfirmedCertificateForm({
  action,
  code,
  search,
  errorId,
  confirmation,
  submitLabel,
  fields,
}: {
  action: (previous: ActionFailure | null, formData: FormData) => Promise<ActionFailure | null>;
  code: string;
  search: string;
  errorId: string;
  confirmation: ReactNode;
  submitLabel: string;
  /** Fields before the checkbox, told whether the last submit was refused (to mark them invalid). */
  fields?: (refused: boolean) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState<ActionFailure | null, FormData>(action, null);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2" aria-describedby={state ? errorId : undefined}>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="search" value={search} />
      {fields?.(state !== null)}
      <label className="flex max-w-md items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" required className="mt-1 size-5" />
        <span>{confirmation}</span>
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {submitLabel}
      </Button>
      {state ? (
        <p id={errorId} role="alert" className="w-full text-sm text-red-800 dark:text-red-300">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
