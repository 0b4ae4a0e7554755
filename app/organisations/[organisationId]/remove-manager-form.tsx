'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FieldError, FormMessage } from '@/components/ui/form-message';
import { removeGroupManagerAction } from '../actions';

/**
 * Removes one group manager. A required checkbox says what happens, so removing takes a
 * deliberate second step with or without JavaScript, as removing a practice member does.
 */
export function RemoveManagerForm({ organisationId, userId, name }: { organisationId: string; userId: string; name: string }) {
  const [state, action, pending] = useActionState(removeGroupManagerAction, null);
  const errorId = `remove-manager-${userId}-error`;
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="userId" value={userId} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" required className="mt-1 size-5 shrink-0" aria-describedby={errorId} />
        <span>Yes, remove {name}: they stop seeing every practice of the group. Their own records stay with them.</span>
      </label>
      <FieldError state={state} field="confirm" id={errorId} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        Remove {name} as group manager
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
