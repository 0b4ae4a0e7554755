'use client';

import type { ReactNode } from 'react';
import { ChooseOption } from './choose-option';
import { FormField } from './form-field';
import { inputClass } from './input-class';

/** What both fields take: a server component can pass every one of them (no functions). */
interface ControlFieldProps {
  id: string;
  /** The name the control submits under, by which a refusal names it (see `FieldErrorsProvider`). */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
}

/**
 * A `FormField` around a textarea, for forms a server component renders inside a client form (the
 * team `ActionForm`): `FormField` takes a function for its control, which cannot cross that boundary.
 */
export function TextareaField({ rows, minLength, maxLength, ...field }: ControlFieldProps & { rows: number; minLength?: number; maxLength?: number }) {
  return (
    <FormField id={field.id} label={field.label} hint={field.hint}>
      {(control) => <textarea {...control} name={field.name} rows={rows} required={field.required} minLength={minLength} maxLength={maxLength} className={inputClass} />}
    </FormField>
  );
}

/**
 * A `FormField` around a select of `options` (value and text), for the same forms as `TextareaField`.
 * It starts on `choose` ("Choose a scenario"), an empty option, so an untouched form decides nothing
 * (see `ChooseOption`).
 */
export function SelectField({ options, choose, ...field }: ControlFieldProps & { options: ReadonlyArray<{ value: string; text: string }>; choose: string }) {
  return (
    <FormField id={field.id} label={field.label} hint={field.hint}>
      {(control) => (
        <select {...control} name={field.name} required={field.required} defaultValue="" className={`max-w-full ${inputClass}`}>
          <ChooseOption>{choose}</ChooseOption>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.text}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
