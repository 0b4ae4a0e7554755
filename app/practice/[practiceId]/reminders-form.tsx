'use client';

import { useActionState } from 'react';
import { sendRemindersAction } from './actions';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { StateForm } from '@/components/ui/state-form';

/**
 * The form that sends reminder emails: only its button and message need JavaScript. The staff
 * table's checkboxes belong to it through their `form={formId}` attribute instead of being its
 * children, so the table renders as server HTML alone: a client component's children are also
 * serialised into the page's RSC payload, which doubled every row's weight (issue 18).
 */
export function RemindersForm({ practiceId, formId }: { practiceId: string; formId: string }) {
  const [state, action, pending] = useActionState(sendRemindersAction, null);
  const kept = useKeptInput(state, action);
  return (
    <StateForm state={state} id={formId} {...kept} className="flex flex-col gap-3">
      <input type="hidden" name="practiceId" value={practiceId} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-sky-800 px-4 py-2 font-medium text-white disabled:opacity-60">
          Send reminder to selected staff
        </button>
        <span className="text-sm text-slate-700 dark:text-slate-300">At most one reminder per person per day.</span>
      </div>
    </StateForm>
  );
}
