'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { StateForm } from '@/components/ui/state-form';
import { useKeptInput } from '@/components/ui/use-kept-input';
import type { FormState } from '@/lib/forms/form-state';

/**
 * A dashboard form that changes the practice (assign a module, invite someone): the practice's id
 * sent along, the answer placed by `StateForm`, what was typed kept after a refusal, and the page's
 * server data reloaded after a success so the table or the invitation list shows the change
 * (without JavaScript the form post re-renders the page anyway). `children`: the fields.
 */
export function PracticeActionForm({
  action,
  practiceId,
  submitLabel,
  children,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  practiceId: string;
  submitLabel: string;
  children: ReactNode;
}) {
  const [state, dispatch, pending] = useActionState(action, null);
  const kept = useKeptInput(state, dispatch);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <StateForm state={state} {...kept} className="flex flex-col gap-3">
      <input type="hidden" name="practiceId" value={practiceId} />
      {children}
      <Button type="submit" disabled={pending} className="self-start">
        {submitLabel}
      </Button>
    </StateForm>
  );
}
