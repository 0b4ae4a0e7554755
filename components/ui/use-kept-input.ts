'use client';

import { useState, type FormEvent } from 'react';

/**
 * Keeps what someone typed into a form whose server action refused it.
 *
 * React resets a form once its `action` has answered (React 19 form actions), putting each
 * control back to its default value, so a refused address or name vanished and had to be typed
 * again. This hook records the submitted fields (`onSubmit`, which the form passes on) and, while
 * the last answer is a failure, offers them as the controls' defaults (`value(name)`): the reset
 * then puts the typing back. After a success the defaults are empty again and the form clears.
 * The form keeps its `action`, so it still posts without JavaScript.
 *
 * `state`: the form's action state (null before the first answer). `value(name)`: the submitted
 * text of that field after a refusal, otherwise undefined (use `?? initial` for a preset default).
 */
export function useKeptInput(state: { ok: boolean } | null): {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  value: (name: string) => string | undefined;
} {
  const [submitted, setSubmitted] = useState<FormData | null>(null);
  const refused = state !== null && !state.ok;
  return {
    onSubmit: (event) => setSubmitted(new FormData(event.currentTarget)),
    value: (name) => {
      const entry = refused ? submitted?.get(name) : undefined;
      return typeof entry === 'string' ? entry : undefined;
    },
  };
}
