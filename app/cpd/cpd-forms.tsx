'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/input-class';
import { ConfirmCheckbox, FormField, FormFieldset } from '@/components/ui/form-field';
import { addPlannedCpdAction, deleteExternalCpdAction, deletePlannedCpdAction, saveExternalCpdAction, type CpdFormState } from './actions';
import { StateForm } from '@/components/ui/state-form';
import { useKeptInput } from '@/components/ui/use-kept-input';

const OUTCOME_LETTERS = ['A', 'B', 'C', 'D'] as const;

/** A text, date or number field of a CPD form; its refusal is found by name (`FieldErrorsProvider`). */
function TextField(props: { form: string; name: string; label: string; hint?: string; type?: string; inputMode?: 'decimal'; required?: boolean; defaultValue: string }) {
  return (
    <FormField id={`${props.form}-${props.name}`} label={props.label} hint={props.hint}>
      {(control) => (
        <input {...control} name={props.name} type={props.type ?? 'text'} inputMode={props.inputMode} required={props.required} defaultValue={props.defaultValue} className={inputClass} />
      )}
    </FormField>
  );
}

/** The GDC development outcomes, at least one of which an entry needs. */
function OutcomeCheckboxes({ form, selected, legend = 'GDC development outcomes' }: { form: string; selected: readonly string[]; legend?: string }) {
  return (
    <FormFieldset id={`${form}-outcomes`} name="outcomes" legend={legend} required className="space-y-1">
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {OUTCOME_LETTERS.map((letter) => (
          <label key={letter} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="outcomes" value={letter} defaultChecked={selected.includes(letter)} className="size-5" />
            Outcome {letter}
          </label>
        ))}
      </div>
    </FormFieldset>
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
  const typed = state?.values;
  const value = (name: keyof ExternalCpdFormValues & string) => (typed ? String(typed[name] ?? '') : String(initial[name]));
  const outcomes = typed ? ([] as string[]).concat(typed.outcomes ?? []) : initial.outcomes;
  const checked = (name: 'reflectionDone' | 'sharedWithPractice') => (typed ? typed[name] === 'on' : initial[name]);
  // Remount after a refusal so the inputs show what was typed rather than the reset form.
  const key = state ? JSON.stringify(state.values) : initial.id || 'new';
  return (
    <StateForm state={state} key={key} action={formAction} className="space-y-4">
      <input type="hidden" name="id" value={initial.id} />
      <TextField form="external" required name="title" label="Activity title" defaultValue={value('title')} />
      <TextField form="external" required name="provider" label="Provider" defaultValue={value('provider')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form="external" required name="completedOn" label="Date completed" type="date" defaultValue={value('completedOn')} />
        <TextField
          form="external"
          name="hours"
          label="Verifiable hours"
          hint="As on the certificate, for example 1.5"
          inputMode="decimal"
          required
          defaultValue={value('hours')}
        />
      </div>
      <OutcomeCheckboxes form="external" selected={outcomes} />
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
      <Button type="submit" disabled={pending}>
        {initial.id ? 'Save changes' : 'Add to my record'}
      </Button>
    </StateForm>
  );
}

/** Adds a line to the personal development plan. */
export function PlannedCpdForm() {
  const [state, formAction, pending] = useActionState<CpdFormState, FormData>(addPlannedCpdAction, null);
  const typed = state?.values;
  const value = (name: string) => (typed ? String(typed[name] ?? '') : '');
  return (
    <StateForm state={state} key={state ? JSON.stringify(state.values) : 'new'} action={formAction} className="space-y-4">
      <TextField form="plan" required name="learningNeed" label="Learning or development need" hint="What you need to learn or keep up to date, for example: responding to online reviews" defaultValue={value('learningNeed')} />
      <TextField form="plan" required name="fieldOfPractice" label="Field of practice" hint="The part of your work it relates to, for example: general practice, patient communication" defaultValue={value('fieldOfPractice')} />
      <TextField form="plan" required name="title" label="Planned activity" hint="How you will meet the need, for example: a verifiable e-learning module" defaultValue={value('title')} />
      <OutcomeCheckboxes form="plan" legend="Anticipated development outcomes" selected={typed ? ([] as string[]).concat(typed.outcomes ?? []) : []} />
      <TextField form="plan" required name="timeframe" label="Timeframe" hint="For example: by March 2027" defaultValue={value('timeframe')} />
      <TextField form="plan" name="notes" label="Notes" defaultValue={value('notes')} />
      <Button type="submit" disabled={pending}>
        Add to my plan
      </Button>
    </StateForm>
  );
}

/**
 * Deletes an external entry or a plan line after a required tick that says what happens
 * (`confirmation`), as removing a member does: a trial user found Delete took one click. The
 * server checks the tick too; its refusal shows at the top of this form and under the box, and
 * the tick is kept. `label`: the button's accessible name, which names the entry.
 */
export function DeleteEntryForm({ kind, id, label, confirmation }: { kind: 'external' | 'planned'; id: string; label: string; confirmation: string }) {
  const [state, formAction, pending] = useActionState<CpdFormState, FormData>(
    kind === 'external' ? deleteExternalCpdAction : deletePlannedCpdAction,
    null,
  );
  const kept = useKeptInput(state, formAction);
  return (
    <StateForm state={state} {...kept} className="flex w-60 max-w-full flex-col gap-2 whitespace-normal">
      <input type="hidden" name="id" value={id} />
      <ConfirmCheckbox id={`delete-${kind}-${id}-confirm`} className="text-sm">
        {confirmation}
      </ConfirmCheckbox>
      <Button type="submit" variant="secondary" disabled={pending} aria-label={label} className="min-h-11 self-start px-3 py-1 text-sm">
        Delete
      </Button>
    </StateForm>
  );
}
