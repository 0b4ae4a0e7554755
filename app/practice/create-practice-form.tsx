'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { createPracticeAction } from './actions';
import { StateForm } from '@/components/ui/state-form';

/** Creates a practice; the creator becomes its owner. */
export function CreatePracticeForm() {
  const [state, action, pending] = useActionState(createPracticeAction, null);
  const kept = useKeptInput(state, action);
  return (
    <StateForm state={state} {...kept} className="flex flex-col gap-3">
      <FormField id="practice-name" label="Practice name">
        {(control) => <input {...control} name="name" required minLength={2} maxLength={80} className={inputClass} />}
      </FormField>
      <Button type="submit" disabled={pending} className="self-start">
        Create practice
      </Button>
    </StateForm>
  );
}
