'use client';

import { useActionState } from 'react';
import { ConfirmCheckbox } from '@/components/ui/form-field';
import { removeMemberAction } from '../../actions';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { StateForm } from '@/components/ui/state-form';

/** Removes someone from the practice; explains that their own records stay with them. */
export function RemoveMemberForm({ practiceId, userId, name }: { practiceId: string; userId: string; name: string }) {
  const [state, action, pending] = useActionState(removeMemberAction, null);
  const kept = useKeptInput(state, action);
  return (
    <StateForm state={state} {...kept} className="flex flex-col gap-2">
      <input type="hidden" name="practiceId" value={practiceId} />
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {name} keeps their own attempts, certificates and CPD record; the practice just stops seeing them.
      </p>
      <ConfirmCheckbox id="remove-confirm">Yes, remove {name}: they lose access to the practice and leave the dashboard.</ConfirmCheckbox>
      <button type="submit" disabled={pending} className="self-start rounded border border-red-700 px-4 py-2 font-medium text-red-800 disabled:opacity-60 dark:border-red-400 dark:text-red-300">
        Remove {name} from the practice
      </button>
    </StateForm>
  );
}
