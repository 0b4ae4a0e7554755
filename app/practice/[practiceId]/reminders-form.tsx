'use client';

import { useActionState, type ReactNode } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { sendRemindersAction } from './actions';

/** Wraps the staff table so its checkboxes choose who gets a reminder email. */
export function RemindersForm({ practiceId, children }: { practiceId: string; children: ReactNode }) {
  const [state, action, pending] = useActionState(sendRemindersAction, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="practiceId" value={practiceId} />
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded bg-sky-800 px-4 py-2 font-medium text-white disabled:opacity-60">
          Send reminder to selected staff
        </button>
        <span className="text-sm text-slate-700 dark:text-slate-300">At most one reminder per person per day.</span>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
