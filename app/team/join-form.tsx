'use client';

import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { joinTeamSessionAction } from './actions';
import { StateForm } from '@/components/ui/state-form';

/** The join code (pre-filled from the presenter's link) and, for guests, a first name. */
export function JoinForm({ code, asGuest, nameMax }: { code: string; asGuest: boolean; nameMax: number }) {
  const [state, action, pending] = useActionState(joinTeamSessionAction, null);
  // Controlled, so a refused join (a mistyped code) keeps what was typed: React resets forms after an action.
  const [typedCode, setTypedCode] = useState(code);
  const [name, setName] = useState('');
  return (
    <StateForm state={state} action={action} className="flex flex-col gap-3">
      <FormField id="join-code" label="Join code" hint="Six letters and digits, as shown on the presenter's screen.">
        {(control) => (
          <input
            {...control}
            name="code"
            value={typedCode}
            onChange={(event) => setTypedCode(event.target.value)}
            required
            maxLength={20}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className={`${inputClass} font-mono text-2xl tracking-widest uppercase`}
          />
        )}
      </FormField>
      {asGuest ? (
        <FormField id="join-name" label="Your first name">
          {(control) => <input {...control} name="name" value={name} onChange={(event) => setName(event.target.value)} required maxLength={nameMax} autoComplete="given-name" className={inputClass} />}
        </FormField>
      ) : null}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto sm:self-start">
        Join
      </Button>
    </StateForm>
  );
}
