'use client';

import { createContext, isValidElement, useContext, type ReactNode } from 'react';
import type { FormState } from '@/lib/forms/form-state';

/** What a field's control must carry so that assistive technology reads its hint and error with it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * The refusal's messages by field name, for fields inside forms written elsewhere (the team
 * `ActionForm` renders its children's errors without knowing them): a field finds its own by the
 * `name` its control submits under.
 */
const FieldErrorsContext = createContext<Record<string, string[]> | undefined>(undefined);

/** Gives the fields inside it the messages of a refusal (`state`), each by its control's name. */
export function FieldErrorsProvider({ state, children }: { state: FormState; children: ReactNode }) {
  return <FieldErrorsContext.Provider value={state && !state.ok ? state.fieldErrors : undefined}>{children}</FieldErrorsContext.Provider>;
}

/** The error a field shows: the one it is given, else the refusal's messages for `name`, if any. */
function useFieldError(given: string | undefined, name: string | undefined): string | undefined {
  const fieldErrors = useContext(FieldErrorsContext);
  if (given !== undefined) return given || undefined;
  return name ? fieldErrors?.[name]?.join(' ') || undefined : undefined;
}

/**
 * "(required)" or "(optional)" after a label: every field carries exactly one, in one style, decided
 * by whether its control is required (a user trial found the two marks styled differently, and
 * fields with neither, issue 18). Hidden from assistive technology (the default), which announces
 * the control's own `required` (and its absence) instead, so the word is not heard twice; `spoken`
 * for a group, whose role cannot carry `aria-required`, so the legend says it.
 *
 * The mark is joined to the label's last word by a no-break space and never wraps inside itself,
 * so a label that wraps takes its last word down with the mark: at 375 px "(required)" after the
 * feedback form's rating question stood alone on its own line (third user trial, issue 18).
 * Unicode line breaking (UAX #14, LB12/LB12a) allows no break on either side of U+00A0 after a word.
 */
export function FieldMark({ required, spoken = false }: { required: boolean; spoken?: boolean }) {
  return (
    <span aria-hidden={spoken ? undefined : true} className="font-normal whitespace-nowrap text-slate-700 dark:text-slate-300">
      {`\u00a0${required ? '(required)' : '(optional)'}`}
    </span>
  );
}

export interface FormFieldProps {
  /** The control's id; the hint and the error get `${id}-hint` and `${id}-error`. */
  id: string;
  label: ReactNode;
  /** Guidance between the label and the control. */
  hint?: ReactNode;
  /** Live text under the control that also describes it (a word count), as `${id}-note`. */
  note?: ReactNode;
  /**
   * What is wrong with the value, shown under the control. Left out, the field takes its messages
   * from the nearest `FieldErrorsProvider` by its control's `name`; empty means nothing is wrong.
   */
  error?: string;
  /**
   * `'alert'` where nothing else announces the failure, so the error is read out as it appears;
   * left out where the form shows its own alert.
   */
  errorRole?: 'alert';
  /** Renders the control, spreading the given props onto it. */
  children: (control: FieldControlProps) => ReactNode;
}

/** The `required` and `name` props of the element a field rendered, if it rendered one. */
function controlProps(node: ReactNode): { required?: boolean; name?: string } {
  return isValidElement<{ required?: boolean; name?: string }>(node) ? node.props : {};
}

/**
 * A label, an optional hint, a control and its validation message, tied together for screen readers.
 * The label says "(required)" when the control carries `required` and "(optional)" when it does
 * not, read from the control itself so the mark and the attribute cannot disagree.
 */
export function FormField({ id, label, hint, note, error: given, errorRole, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const noteId = note ? `${id}-note` : undefined;
  // The control is rendered once to learn its name and whether it is required; the error (and so
  // the control's described-by) depends on the name, so it is rendered again with the final props.
  const probe = controlProps(children({ id, 'aria-invalid': undefined, 'aria-describedby': undefined }));
  const error = useFieldError(given, probe.name);
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
        <FieldMark required={probe.required === true} />
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': [hintId, noteId, errorId].filter(Boolean).join(' ') || undefined })}
      {note ? (
        <p id={noteId} aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
          {note}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} role={errorRole} className="text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface FormFieldsetProps {
  /** The fieldset's id; the hint and the error get `${id}-hint` and `${id}-error`. */
  id: string;
  /** The group's `name` (its radios' or checkboxes' name), by which a refusal names it. */
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** Whether an answer is needed: the legend says "(required)" or "(optional)", aloud too (see `FieldMark`). */
  required?: boolean;
  /** As for `FormField`: given, or found by `name` in the nearest `FieldErrorsProvider`. */
  error?: string;
  errorRole?: 'alert';
  /** The radios or checkboxes, with their labels. */
  children: ReactNode;
  className?: string;
}

/**
 * A group of radios or checkboxes with a legend, optional hint and validation message: the group is
 * marked invalid and described by both, as `FormField` does for one control. Checkboxes cannot
 * carry `required` in a way that means "tick at least one", so the group's legend says it.
 */
export function FormFieldset({ id, name, legend, hint, required = false, error: given, errorRole, children, className = '' }: FormFieldsetProps) {
  const error = useFieldError(given, name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      id={id}
      name={name}
      aria-invalid={error ? true : undefined}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      className={`space-y-2 ${className}`}
    >
      <legend className="font-semibold">
        {legend}
        <FieldMark required={required} spoken />
      </legend>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={errorId} role={errorRole} className="text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * A required tick that confirms a deliberate step ("Yes, remove …"): its label says "(required)",
 * and its refusal, found by `name` in the nearest `FieldErrorsProvider`, shows under it and
 * describes it, as a `FormField`'s does. `describedBy`: the id of text elsewhere that says what
 * ticking means, for a short label repeated in many rows ("Confirm", with what it confirms for
 * screen readers) under one explanation above them; it describes the box before the refusal.
 */
export function ConfirmCheckbox({
  id,
  name = 'confirm',
  describedBy,
  children,
  className = '',
}: {
  id: string;
  name?: string;
  describedBy?: string;
  children: ReactNode;
  className?: string;
}) {
  const error = useFieldError(undefined, name);
  const errorId = error ? `${id}-error` : undefined;
  const description = [describedBy, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="flex items-start gap-2">
        <input id={id} type="checkbox" name={name} value="yes" required aria-invalid={error ? true : undefined} aria-describedby={description} className="mt-1 size-5 shrink-0" />
        <span>
          {children}
          <FieldMark required />
        </span>
      </label>
      {error ? (
        <p id={errorId} className="text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
