'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useActionState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { StateForm } from '@/components/ui/state-form';
import type { FormState } from '@/lib/forms/form-state';

export interface ActionFormProps {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields sent with the form (ids, the round on screen). */
  fields: Record<string, string>;
  submitLabel: string;
  variant?: 'primary' | 'secondary';
  /** Visible fields, above the button; `FormField`s and `FormFieldset`s among them find their refusal by name. */
  children?: ReactNode;
  className?: string;
}

/**
 * A team-session form: hidden fields, optional inputs, one button, and the action's message. After
 * every answer the page's server data is reloaded, so the screen shows where the session is now
 * (the step just taken, or what moved it on elsewhere) without waiting for the next poll. Submitted
 * from `onSubmit` rather than the `action` prop, because React resets a form after its action, which
 * would throw away a reflection or a reply the server just refused.
 */
export function ActionForm({ action, fields, submitLabel, variant = 'primary', children, className = '' }: ActionFormProps) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await action(previous, formData);
    router.refresh();
    return result;
  }, null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  return (
    <StateForm state={state} onSubmit={submit} className={`flex flex-col gap-3 ${className}`}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Button type="submit" variant={variant} disabled={pending} className="w-full sm:w-auto sm:self-start">
        {submitLabel}
      </Button>
    </StateForm>
  );
}
