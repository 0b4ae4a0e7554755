'use client';

import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { inputClass } from '@/components/ui/input-class';
import { joinTeamSessionAction } from './actions';

/** The join code (pre-filled from the presenter's link) and, for guests, a first name. */
export function JoinForm({ code, asGuest, nameMax }: { code: string; asGuest: boolean; nameMax: number }) {
  const [state, action, pending] = useActionState(joinTeamSessionAction, null);
  // Controlled, so a refused join (a mistyped code) keeps what was typed: React resets forms after an action.
  const [typedCode, setTypedCode] = useState(code);
  const [name, setName] = useState('');
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
        aria-describedby="join-code-hint"
        className={`${inputClass} font-mono text-2xl tracking-widest uppercase`}
      />
      <p id="join-code-hint" className="text-sm text-slate-700 dark:text-slate-300">
        Six letters and digits, as shown on the presenter&apos;s screen.
      </p>
      {asGuest ? (
        <>
          <label htmlFor="join-name" className="font-semibold">
            Your first name
          </label>
          <input id="join-name" name="name" value={name} onChange={(event) => setName(event.target.value)} required maxLength={nameMax} autoComplete="given-name" className={inputClass} />
        </>
      ) : null}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto sm:self-start">
        Join
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
