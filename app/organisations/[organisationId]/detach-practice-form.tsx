'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmCheckbox } from '@/components/ui/form-field';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { detachPracticeAction } from '../actions';
import { StateForm } from '@/components/ui/state-form';

/**
 * Takes one site out of the group; its own owner and staff are unaffected, and it can be added
 * again. A required tick says what happens, as removing a group manager does: the group's
 * managers lose the site at once.
 */
export function DetachPracticeForm({ organisationId, practiceId, practiceName }: { organisationId: string; practiceId: string; practiceName: string }) {
  const [state, action, pending] = useActionState(detachPracticeAction, null);
  const kept = useKeptInput(state, action);
  return (
    <StateForm state={state} {...kept} className="flex flex-col gap-2">
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="practiceId" value={practiceId} />
      <ConfirmCheckbox id={`detach-${practiceId}-confirm`} className="text-sm">
        Yes, remove {practiceName} from the group: the group&apos;s owners and managers stop seeing it. Its own staff are unaffected.
      </ConfirmCheckbox>
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {/* One text box: the button is a flex row, and bare text either side of the name made two
            flex items that, at 375 px, wrapped side by side as two columns (a trial user). */}
        <span>
          Remove<span className="sr-only"> {practiceName}</span> from group
        </span>
      </Button>
    </StateForm>
  );
}
