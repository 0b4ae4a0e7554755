'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/forms/form-state';

export interface ActionFormProps {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields sent with the form (ids, the round on screen). */
  fields: Record<string, string>;
  submitLabel: string;
  variant?: 'primary' | 'secondary';
  /** Visible fields, above the button. */
  children?: ReactNode;
  className?: string;
}

/** A team-session form: hidden fields, optional inputs, one button, and the action's message. */
export function ActionForm({ action, fields, submitLabel, variant = 'primary', children, className = '' }: ActionFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className={`flex flex-col gap-3 ${className}`}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Button type="submit" variant={variant} disabled={pending} className="w-full sm:w-auto sm:self-start">
        {submitLabel}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
