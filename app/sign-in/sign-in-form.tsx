'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { requestSignInLink, type SignInFormState } from './actions';

/**
 * The email field and submit button; shows the server's validation message under the field.
 * `email` pre-fills the address (an invitation's sign-in link names it), else it starts empty.
 */
export function SignInForm({ callbackUrl, email = '' }: { callbackUrl: string; email?: string }) {
  const [state, formAction, pending] = useActionState<SignInFormState, FormData>(requestSignInLink, { ok: null, email });

  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField id="email" label="Email address" error={state.ok === false ? state.message : undefined} errorRole="alert">
        {(control) => (
          <input {...control} name="email" type="email" autoComplete="email" required defaultValue={state.email} className={inputClass} />
        )}
      </FormField>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Sending…' : 'Email me a sign-in link'}
      </Button>
    </form>
  );
}
