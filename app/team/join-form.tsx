'use client';

import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FieldError, FormMessage } from '@/components/ui/form-message';
import { inputClass } from '@/components/ui/input-class';
import { joinTeamSessionAction } from './actions';

/** The join code (pre-filled from the presenter's link) and, for guests, a first name. */
export function JoinForm({ code, asGuest, nameMax }: { code: string; asGuest: boolean; nameMax: number }) {
  const [state, action, pending] = useActionState(joinTeamSessionAction, null);
  // Controlled, so a refused join (a mistyped code) keeps what was typed: React resets forms after an action.
  const [typedCode, setTypedCode] = useState(code);
  const [name, setName] = useState('');
  const invalid = (field: string) => Boolean(state && !state.ok && state.fieldErrors?.[field]);
  return (
    <form action={action} className="flex flex-col gap-3">
      <label htmlFor="join-code" className="font-semibold">
        Join code
      </label>
      <input
        id="join-code"
        name="code"
        value={typedCode}
        onChange={(event) => setTypedCode(event.target.value)}
        required
        maxLength={20}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-invalid={invalid('code') || undefined}
        aria-describedby={invalid('code') ? 'join-code-hint join-code-error' : 'join-code-hint'}
        className={`${inputClass} font-mono text-2xl tracking-widest uppercase`}
      />
      <p id="join-code-hint" className="text-sm text-slate-700 dark:text-slate-300">
        Six letters and digits, as shown on the presenter&apos;s screen.
      </p>
      <FieldError state={state} field="code" id="join-code-error" />
      {asGuest ? (
        <>
          <label htmlFor="join-name" className="font-semibold">
            Your first name
          </label>
          <input id="join-name" name="name" value={name} onChange={(event) => setName(event.target.value)} required maxLength={nameMax} autoComplete="given-name" aria-invalid={invalid('name') || undefined} aria-describedby={invalid('name') ? 'join-name-error' : undefined} className={inputClass} />
          <FieldError state={state} field="name" id="join-name-error" />
        </>
      ) : null}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto sm:self-start">
        Join
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
