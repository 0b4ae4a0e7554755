'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { useKeptInput } from '@/components/ui/use-kept-input';
import type { ActionFailure } from '@/lib/errors';

/**
 * One admin decision on one certificate (revoke, reinstate): the certificate's code and the
 * console's search carried along, `fields` if the decision needs more, a required checkbox saying
 * what happens (`confirmation`), so it takes a deliberate second step with or without JavaScript,
 * and the server's refusal under it, announced, as `${errorId}`. A refusal keeps what was typed in
 * `fields` and the tick (useKeptInput); a refusal about one input is shown on that input.
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
  /** Fields before the checkbox, given the last refusal's message for a field by its name (to show it there). */
  fields?: (errorOf: (field: string) => string | undefined) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState<ActionFailure | null, FormData>(action, null);
  const kept = useKeptInput(state, formAction);
  const errorOf = (field: string) => state?.fieldErrors?.[field]?.join(' ');
  const confirmError = errorOf('confirm');
  return (
    <form {...kept} className="flex flex-wrap items-end gap-2" aria-describedby={state ? errorId : undefined}>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="search" value={search} />
      {fields?.(errorOf)}
      <label className="flex max-w-md items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          required
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={confirmError ? errorId : undefined}
          className="mt-1 size-5"
        />
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
