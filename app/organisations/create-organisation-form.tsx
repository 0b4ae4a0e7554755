'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { createOrganisationAction } from './actions';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { StateForm } from '@/components/ui/state-form';

/** Longest group name; the server refuses longer ones with the same limit (organisation-name.ts). */
const NAME_MAX = 80;

/** Creates a group; the creator becomes its group owner. */
export function CreateOrganisationForm() {
  const [state, action, pending] = useActionState(createOrganisationAction, null);
  const kept = useKeptInput(state, action);
  return (
    <StateForm state={state} {...kept} className="flex flex-col gap-3">
      <FormField id="organisation-name" label="Group name" hint={`2 to ${NAME_MAX} characters, on one line.`}>
        {(control) => <input {...control} name="name" required minLength={2} maxLength={NAME_MAX} className={inputClass} />}
      </FormField>
      <Button type="submit" disabled={pending} className="self-start">
        Create group
      </Button>
    </StateForm>
  );
}
