'use client';

import { startTransition, useEffect, useRef, type FormEvent, type RefObject } from 'react';

/** The props `useKeptInput` gives a form: spread them onto the `<form>`. */
export interface KeptInputFormProps {
  /** The action's dispatch, so the form still posts without JavaScript. */
  action: (formData: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  ref: RefObject<HTMLFormElement | null>;
}

/**
 * Keeps everything someone typed, ticked or chose in a form whose server action refused it.
 *
 * React resets a form once its `action` has answered (React 19 form actions), putting every
 * control back to its default value, so a refused address, reason or choice vanished and had to
 * be given again. Restoring values control by control missed fields a form receives as children
 * or that nobody remembered to wire. Instead the submit is handed to the action inside a
 * transition of our own (`onSubmit` prevents the browser's submit; React then runs no reset), so
 * a refusal leaves every control exactly as it was, whatever renders it. After a success the form
 * is reset, clearing it for the next entry as before. `useFormStatus` still sees the submit as
 * pending, and the form keeps its `action`, so it still posts without JavaScript.
 *
 * `state`: the form's action state (null before the first answer; `ok: null` for states that
 * carry values before any answer). `dispatch`: the action from `useActionState`.
 */
export function useKeptInput(state: { ok: boolean | null } | null, dispatch: (formData: FormData) => void): KeptInputFormProps {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok === true) ref.current?.reset();
  }, [state]);
  return {
    action: dispatch,
    ref,
    onSubmit: (event) => {
      event.preventDefault();
      const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
      startTransition(() => dispatch(formData));
    },
  };
}
