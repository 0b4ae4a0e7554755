'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmCheckbox } from '@/components/ui/form-field';
import { StateForm } from '@/components/ui/state-form';
import { useKeptInput } from '@/components/ui/use-kept-input';
import type { ActionFailure } from '@/lib/errors';

/**
 * One admin decision on one certificate (revoke, reinstate): the certificate's code and the
 * console's search carried along, `fields` if the decision needs more, a required checkbox saying
 * what happens (`confirmation`), so it takes a deliberate second step with or without JavaScript,
 * and the form's answer (its refusal at the top, by `StateForm`) as `${errorId}`. Each refused input shows its own message under it
 * (found by name: `fields` and the checkbox alike), and the box then names them rather than
 * saying the message again. A refusal keeps what was typed and the tick (useKeptInput).
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
  /** Fields before the checkbox; `FormField`s find their refusal by their control's name. */
  fields?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState<ActionFailure | null, FormData>(action, null);
  const kept = useKeptInput(state, formAction);
  return (
    <StateForm state={state} messageId={errorId} {...kept} className="flex flex-wrap items-end gap-2" aria-describedby={state ? errorId : undefined}>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="search" value={search} />
      {fields}
      <ConfirmCheckbox id={`${errorId}-confirm`} className="max-w-md text-sm">
        {confirmation}
      </ConfirmCheckbox>
      <Button type="submit" variant="secondary" disabled={pending}>
        {submitLabel}
      </Button>
    </StateForm>
  );
}
