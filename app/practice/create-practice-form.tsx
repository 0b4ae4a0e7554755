'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FieldErrorsProvider, FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { inputClass } from '@/components/ui/input-class';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { createPracticeAction } from './actions';

/** Creates a practice; the creator becomes its owner. */
export function CreatePracticeForm() {
  const [state, action, pending] = useActionState(createPracticeAction, null);
  const kept = useKeptInput(state, action);
  return (
    <form {...kept} className="flex flex-col gap-3">
      <FieldErrorsProvider state={state}>
        <FormField id="practice-name" label="Practice name">
          {(control) => <input {...control} name="name" required minLength={2} maxLength={80} className={inputClass} />}
        </FormField>
      </FieldErrorsProvider>
      <Button type="submit" disabled={pending} className="self-start">
        Create practice
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
