'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmCheckbox } from '@/components/ui/form-field';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { removeGroupManagerAction } from '../actions';
import { StateForm } from '@/components/ui/state-form';

/**
 * Removes one group manager. A required checkbox says what happens, so removing takes a
 * deliberate second step with or without JavaScript, as removing a practice member does.
 */
export function RemoveManagerForm({ organisationId, userId, name }: { organisationId: string; userId: string; name: string }) {
  const [state, action, pending] = useActionState(removeGroupManagerAction, null);
  const kept = useKeptInput(state, action);
  return (
    <StateForm state={state} {...kept} className="flex flex-col gap-2">
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="userId" value={userId} />
      <ConfirmCheckbox id={`remove-manager-${userId}-confirm`} className="text-sm">
        Yes, remove {name}: they stop seeing every practice of the group. Their own records stay with them.
      </ConfirmCheckbox>
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        Remove {name} as group manager
      </Button>
    </StateForm>
  );
}
