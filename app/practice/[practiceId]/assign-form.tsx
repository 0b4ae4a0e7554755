'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { FieldError, FormMessage } from '@/components/ui/form-message';
import { assignModuleAction } from './actions';
import { useKeptInput } from '@/components/ui/use-kept-input';

/** Assigns a module to the whole practice, with an optional due date. */
export function AssignForm({ practiceId, modules, dueRange }: { practiceId: string; modules: Array<{ id: string; title: string }>; dueRange: { min: string; max: string } }) {
  const [state, action, pending] = useActionState(assignModuleAction, null);
  const kept = useKeptInput(state, action);
  const invalid = Boolean(state && !state.ok && state.fieldErrors?.dueOn);
  const router = useRouter();
  // Show the new due date in the table; without JavaScript the form post re-renders the page anyway.
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form {...kept} className="flex flex-col gap-3">
      <input type="hidden" name="practiceId" value={practiceId} />
      <label htmlFor="assign-module" className="font-medium">
        Module
      </label>
      <select id="assign-module" name="moduleId" required className="w-full max-w-full rounded border border-slate-400 px-3 py-2">
        {modules.map((module) => (
          <option key={module.id} value={module.id}>
            {module.title}
          </option>
        ))}
      </select>
      <label htmlFor="assign-due" className="font-medium">
        Due date (optional: today to 2 years ahead)
      </label>
      <input
        id="assign-due"
        name="dueOn"
        type="date"
        min={dueRange.min}
        max={dueRange.max}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'assign-due-error' : undefined}
        className="rounded border border-slate-400 px-3 py-2"
      />
      <FieldError state={state} field="dueOn" id="assign-due-error" />
      <button type="submit" disabled={pending} className="self-start rounded bg-sky-800 px-4 py-2 font-medium text-white disabled:opacity-60">
        Assign module
      </button>
      <FormMessage state={state} />
    </form>
  );
}
