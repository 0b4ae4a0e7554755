'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { FieldErrorsProvider, FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { inputClass } from '@/components/ui/input-class';
import { TitledOptions } from '@/components/ui/titled-options';
import { assignModuleAction } from './actions';
import { useKeptInput } from '@/components/ui/use-kept-input';

/**
 * Assigns a module to the whole practice, with an optional due date. Both fields show their own
 * refusal (the module's, too: a module withdrawn since the page loaded is refused on `moduleId`).
 */
export function AssignForm({ practiceId, modules, dueRange }: { practiceId: string; modules: Array<{ id: string; title: string }>; dueRange: { min: string; max: string } }) {
  const [state, action, pending] = useActionState(assignModuleAction, null);
  const kept = useKeptInput(state, action);
  const router = useRouter();
  // Show the new due date in the table; without JavaScript the form post re-renders the page anyway.
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form {...kept} className="flex flex-col gap-3">
      <input type="hidden" name="practiceId" value={practiceId} />
      <FieldErrorsProvider state={state}>
        <FormField id="assign-module" label="Module">
          {(control) => (
            <select {...control} name="moduleId" required className={`w-full max-w-full ${inputClass}`}>
              <TitledOptions items={modules} />
            </select>
          )}
        </FormField>
        <FormField id="assign-due" label="Due date" hint="Optional: from today to 2 years ahead.">
          {(control) => <input {...control} name="dueOn" type="date" min={dueRange.min} max={dueRange.max} className={inputClass} />}
        </FormField>
      </FieldErrorsProvider>
      <Button type="submit" disabled={pending} className="self-start">
        Assign module
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
