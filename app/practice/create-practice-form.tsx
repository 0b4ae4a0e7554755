'use client';

import { useActionState } from 'react';
import { createPracticeAction } from './actions';
import { FieldError, FormMessage } from '@/components/ui/form-message';
import { useKeptInput } from '@/components/ui/use-kept-input';

/** Creates a practice; the creator becomes its owner. */
export function CreatePracticeForm() {
  const [state, action, pending] = useActionState(createPracticeAction, null);
  const kept = useKeptInput(state, action);
  const invalid = Boolean(state && !state.ok && state.fieldErrors?.name);
  return (
    <form {...kept} className="flex flex-col gap-3">
      <label htmlFor="practice-name" className="font-medium">
        Practice name
      </label>
      <input
        id="practice-name"
        name="name"
        required
        minLength={2}
        maxLength={80}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'practice-name-error' : undefined}
        className="rounded border border-slate-400 px-3 py-2"
      />
      <FieldError state={state} field="name" id="practice-name-error" />
      <button type="submit" disabled={pending} className="self-start rounded bg-sky-800 px-4 py-2 font-medium text-white disabled:opacity-60">
        Create practice
      </button>
      <FormMessage state={state} />
    </form>
  );
}
