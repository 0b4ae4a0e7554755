'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/input-class';
import { ErrorMessage } from '@/components/ui/status-message';
import { addPlannedCpdAction, deleteExternalCpdAction, deletePlannedCpdAction, saveExternalCpdAction, type CpdFormState } from './actions';

const OUTCOME_LETTERS = ['A', 'B', 'C', 'D'] as const;

function errorsOf(state: CpdFormState): Record<string, string[]> {
  return state?.fieldErrors ?? {};
}

function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-red-800 dark:text-red-300">
      {messages.join(' ')}
    </p>
  );
}

function TextField(props: {
  form: string;
  name: string;
  label: string;
  hint?: string;
  type?: string;
  inputMode?: 'decimal';
  step?: string;
  defaultValue: string;
  errors: Record<string, string[]>;
}) {
  const id = `${props.form}-${props.name}`;
  const messages = props.errors[props.name];
  const describedBy = [props.hint ? `${id}-hint` : '', messages?.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {props.label}
      </label>
      {props.hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700 dark:text-slate-300">
          {props.hint}
        </p>
      ) : null}
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        step={props.step}
        defaultValue={props.defaultValue}
        aria-invalid={messages?.length ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      />
      <FieldError id={`${id}-error`} messages={messages} />
    </div>
  );
}

function OutcomeCheckboxes({ form, selected, errors, legend = 'GDC development outcomes' }: { form: string; selected: readonly string[]; errors: Record<string, string[]>; legend?: string }) {
  const messages = errors.outcomes;
  return (
    <fieldset className="space-y-1" aria-describedby={messages?.length ? `${form}-outcomes-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {OUTCOME_LETTERS.map((letter) => (
          <label key={letter} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="outcomes" value={letter} defaultChecked={selected.includes(letter)} className="size-5" />
            Outcome {letter}
          </label>
        ))}
      </div>
      <FieldError id={`${form}-outcomes-error`} messages={messages} />
    </fieldset>
  );
}

/** The values an external entry form starts from: empty, or the entry being edited. */
export interface ExternalCpdFormValues {
  id: string;
  title: string;
  provider: string;
  completedOn: string;
  hours: string;
  outcomes: string[];
  reflectionDone: boolean;
  sharedWithPractice: boolean;
}

/** Adds CPD from elsewhere, or edits one entry when `initial.id` is set. Keeps what was typed after a refusal. */
export function ExternalCpdForm({ initial }: { initial: ExternalCpdFormValues }) {
  const [state, formAction, pending] = useActionState<CpdFormState, FormData>(saveExternalCpdAction, null);
  const errors = errorsOf(state);
  const typed = state?.values;
  const value = (name: keyof ExternalCpdFormValues & string) => (typed ? String(typed[name] ?? '') : String(initial[name]));
  const outcomes = typed ? ([] as string[]).concat(typed.outcomes ?? []) : initial.outcomes;
  const checked = (name: 'reflectionDone' | 'sharedWithPractice') => (typed ? typed[name] === 'on' : initial[name]);
  // Remount after a refusal so the inputs show what was typed rather than the reset form.
  const key = state ? JSON.stringify(state.values) : initial.id || 'new';
  return (
    <form key={key} action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="id" value={initial.id} />
      <TextField form="external" name="title" label="Activity title" defaultValue={value('title')} errors={errors} />
      <TextField form="external" name="provider" label="Provider" defaultValue={value('provider')} errors={errors} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form="external" name="completedOn" label="Date completed" type="date" defaultValue={value('completedOn')} errors={errors} />
        <TextField
          form="external"
          name="hours"
          label="Verifiable hours"
          hint="As on the certificate, for example 1.5"
          inputMode="decimal"
          defaultValue={value('hours')}
          errors={errors}
        />
      </div>
      <OutcomeCheckboxes form="external" selected={outcomes} errors={errors} />
      <div className="space-y-2">
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="reflectionDone" defaultChecked={checked('reflectionDone')} className="size-5" />
          I have written a reflection on this activity
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="sharedWithPractice" defaultChecked={checked('sharedWithPractice')} className="size-5" />
          Share this entry with my practice (title, provider, date, hours and outcomes; never your reflection)
        </label>
      </div>
      {state ? <ErrorMessage>{state.message}</ErrorMessage> : null}
      <Button type="submit" disabled={pending}>
        {initial.id ? 'Save changes' : 'Add to my record'}
      </Button>
    </form>
  );
}

/** Adds a line to the personal development plan. */
export function PlannedCpdForm() {
  const [state, formAction, pending] = useActionState<CpdFormState, FormData>(addPlannedCpdAction, null);
  const errors = errorsOf(state);
  const typed = state?.values;
  const value = (name: string) => (typed ? String(typed[name] ?? '') : '');
  return (
    <form key={state ? JSON.stringify(state.values) : 'new'} action={formAction} className="space-y-4" noValidate>
      <TextField form="plan" name="learningNeed" label="Learning or development need" hint="What you need to learn or keep up to date, for example: responding to online reviews" defaultValue={value('learningNeed')} errors={errors} />
      <TextField form="plan" name="fieldOfPractice" label="Field of practice" hint="The part of your work it relates to, for example: general practice, patient communication" defaultValue={value('fieldOfPractice')} errors={errors} />
      <TextField form="plan" name="title" label="Planned activity" hint="How you will meet the need, for example: a verifiable e-learning module" defaultValue={value('title')} errors={errors} />
      <OutcomeCheckboxes form="plan" legend="Anticipated development outcomes" selected={typed ? ([] as string[]).concat(typed.outcomes ?? []) : []} errors={errors} />
      <TextField form="plan" name="timeframe" label="Timeframe" hint="For example: by March 2027" defaultValue={value('timeframe')} errors={errors} />
      <TextField form="plan" name="notes" label="Notes (optional)" defaultValue={value('notes')} errors={errors} />
      {state ? <ErrorMessage>{state.message}</ErrorMessage> : null}
      <Button type="submit" disabled={pending}>
        Add to my plan
      </Button>
    </form>
  );
}

/** A one-button form that deletes an external entry or a plan line. */
export function DeleteButton({ kind, id, label }: { kind: 'external' | 'planned'; id: string; label: string }) {
  const [state, formAction, pending] = useActionState<CpdFormState, FormData>(
    kind === 'external' ? deleteExternalCpdAction : deletePlannedCpdAction,
    null,
  );
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={label} className="min-h-11 px-3 py-1 text-sm">
        Delete
      </Button>
      {state ? (
        <span role="alert" className="ml-2 text-sm text-red-800 dark:text-red-300">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
