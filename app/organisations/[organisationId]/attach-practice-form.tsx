'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { ChooseOption } from '@/components/ui/choose-option';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { attachPracticeAction } from '../actions';
import { StateForm } from '@/components/ui/state-form';

/** Adds one of the owner's practices that is in no group yet. */
export function AttachPracticeForm({ organisationId, practices }: { organisationId: string; practices: ReadonlyArray<{ id: string; name: string }> }) {
  const [state, action, pending] = useActionState(attachPracticeAction, null);
  const kept = useKeptInput(state, action);
  return (
    <StateForm state={state} {...kept} className="flex max-w-md flex-col gap-3">
      <input type="hidden" name="organisationId" value={organisationId} />
      <FormField id="attach-practice" label="Practice" hint="Practices you own that are not in a group.">
        {(control) => (
          <select {...control} name="practiceId" required defaultValue="" className={inputClass}>
            <ChooseOption>Choose a practice</ChooseOption>
            {practices.map((practice) => (
              <option key={practice.id} value={practice.id}>
                {practice.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <Button type="submit" disabled={pending} className="self-start">
        Add to group
      </Button>
    </StateForm>
  );
}
