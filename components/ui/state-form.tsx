'use client';

import type { FormHTMLAttributes, ReactNode, Ref } from 'react';
import type { FormState } from '@/lib/forms/form-state';
import { FieldErrorsProvider } from './form-field';
import { OutcomeStatus, RefusalSummary } from './form-message';

export interface StateFormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'action' | 'children' | 'noValidate'> {
  /** The action's last answer: null before the first, a confirmation, or a refusal. */
  state: FormState;
  /** The form's `action` (the dispatch from `useActionState`, or `useKeptInput`'s). */
  action?: FormHTMLAttributes<HTMLFormElement>['action'];
  ref?: Ref<HTMLFormElement>;
  /** An id for whichever box shows the answer, for a control described by it. */
  messageId?: string;
  /** Its confirmation is the lasting state of what it acted on, kept whatever answers after it (OutcomeStatus). */
  lastingConfirmation?: boolean;
  /** The fields and the submit button; `FormField`s find their refusal by their control's name. */
  children: ReactNode;
}

/**
 * Every form that answers with a `FormState`, with its answer placed once for all of them: a
 * refusal at the top, before the first field, where the GOV.UK error-summary pattern puts it
 * (focused, naming and linking each refused field; a user trial found the box ~1,000 px below the
 * first refused field of the long CPD form, issue 18), and a confirmation at the end, by the button
 * the person just pressed, where they are looking. The fields are given the refusal's messages.
 *
 * `noValidate` always: the server checks every field and says what is wrong in the summary. With
 * the browser's own checks on, a required field was refused first by a browser bubble and then,
 * on the next try, by the summary: two styles of correction on one form (second user trial).
 * `required` and the like stay on the controls, for their marks and for assistive technology.
 */
export function StateForm({ state, messageId, lastingConfirmation, children, ...formProps }: StateFormProps) {
  const refused = state !== null && !state.ok;
  return (
    <form {...formProps} noValidate>
      {refused ? <RefusalSummary state={state} id={messageId} /> : null}
      <FieldErrorsProvider state={state}>{children}</FieldErrorsProvider>
      <OutcomeStatus state={refused ? null : state} id={refused ? undefined : messageId} lasting={lastingConfirmation} />
    </form>
  );
}
