import type { ReactNode } from 'react';

/** What a field's control must carry so that assistive technology reads its hint and error with it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FormFieldProps {
  /** The control's id; the hint and the error get `${id}-hint` and `${id}-error`. */
  id: string;
  label: ReactNode;
  /** Guidance between the label and the control. */
  hint?: ReactNode;
  /** What is wrong with the value, shown under the control; absent or empty when nothing is. */
  error?: string;
  /**
   * `'alert'` where nothing else announces the failure, so the error is read out as it appears;
   * left out where the form shows its own alert.
   */
  errorRole?: 'alert';
  /** Renders the control, spreading the given props onto it. */
  children: (control: FieldControlProps) => ReactNode;
}

/** A label, an optional hint, a control and its validation message, tied together for screen readers. */
export function FormField({ id, label, hint, error, errorRole, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined })}
      {error ? (
        <p id={errorId} role={errorRole} className="text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
