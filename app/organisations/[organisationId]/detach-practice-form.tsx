'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { detachPracticeAction } from '../actions';
import { StateForm } from '@/components/ui/state-form';

/** Takes one site out of the group; its own owner and staff are unaffected, and it can be added again. */
export function DetachPracticeForm({ organisationId, practiceId, practiceName }: { organisationId: string; practiceId: string; practiceName: string }) {
  const [state, action, pending] = useActionState(detachPracticeAction, null);
  const kept = useKeptInput(state, action);
  return (
    <StateForm state={state} {...kept} className="flex flex-col gap-1">
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="practiceId" value={practiceId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Remove<span className="sr-only"> {practiceName}</span> from group
      </Button>
    </StateForm>
  );
}
