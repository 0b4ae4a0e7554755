'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FieldError, FormMessage } from '@/components/ui/form-message';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { removeGroupManagerAction } from '../actions';

/**
 * Removes one group manager. A required checkbox says what happens, so removing takes a
 * deliberate second step with or without JavaScript, as removing a practice member does.
 */
export function RemoveManagerForm({ organisationId, userId, name }: { organisationId: string; userId: string; name: string }) {
  const [state, action, pending] = useActionState(removeGroupManagerAction, null);
  const kept = useKeptInput(state, action);
  const errorId = `remove-manager-${userId}-error`;
  const refused = Boolean(state && !state.ok && state.fieldErrors?.confirm);
  return (
    <form {...kept} className="flex flex-col gap-2">
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="userId" value={userId} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" required className="mt-1 size-5 shrink-0" aria-invalid={refused || undefined} aria-describedby={refused ? errorId : undefined} />
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
