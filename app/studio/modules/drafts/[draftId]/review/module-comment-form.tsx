'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { ErrorMessage } from '@/components/ui/status-message';
import type { ModuleReviewFormState } from './actions';

/** A comment on the module draft. */
export function ModuleCommentForm({ action }: { action: (previous: ModuleReviewFormState, formData: FormData) => Promise<ModuleReviewFormState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <FormField id="comment-text" label="Comment" error={state?.fieldErrors?.text?.join(' ')}>
        {(control) => <textarea {...control} name="text" required maxLength={5000} rows={4} className={inputClass} />}
      </FormField>
      {state ? <ErrorMessage>{state.message}</ErrorMessage> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        Add comment
      </Button>
    </form>
  );
}
