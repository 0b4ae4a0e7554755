'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorMessage, SuccessMessage } from '@/components/ui/status-message';
import { updateProfile, type ProfileFormState, type ProfileFormValues } from './actions';

const fieldClass =
  'block min-h-11 w-full rounded-lg border-2 border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-red-800 dark:text-red-300">
      {messages.join(' ')}
    </p>
  );
}

/** The profile fields; after saving, it keeps what was submitted and shows the server's verdict. */
export function ProfileForm({
  initialValues,
  registrantTypes,
}: {
  initialValues: ProfileFormValues;
  registrantTypes: Array<{ value: string; label: string }>;
}) {
  const [state, formAction, pending] = useActionState<ProfileFormState, FormData>(updateProfile, { ok: null, values: initialValues });
  const errors = state.ok === false ? (state.fieldErrors ?? {}) : {};
  const describedBy = (field: keyof ProfileFormValues, hint?: string) =>
    [hint, errors[field]?.length ? `${field}-error` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <form action={formAction} noValidate className="space-y-5">
      {state.ok === true ? <SuccessMessage>{state.message}</SuccessMessage> : null}
      {state.ok === false ? <ErrorMessage>{state.message}</ErrorMessage> : null}

      <div className="space-y-1">
        <label htmlFor="certificateName" className="block font-semibold">
          Name on certificates
        </label>
        <p id="certificateName-hint" className="text-sm text-slate-600 dark:text-slate-400">
          Exactly as it should be printed, for example as it appears on the GDC register.
        </p>
        <input
          id="certificateName"
          name="certificateName"
          autoComplete="name"
          required
          defaultValue={state.values.certificateName}
          aria-invalid={errors.certificateName ? true : undefined}
          aria-describedby={describedBy('certificateName', 'certificateName-hint')}
          className={fieldClass}
        />
        <FieldError id="certificateName-error" messages={errors.certificateName} />
      </div>

      <div className="space-y-1">
        <label htmlFor="gdcNumber" className="block font-semibold">
          GDC registration number (optional)
        </label>
        <input
          id="gdcNumber"
          name="gdcNumber"
          inputMode="numeric"
          defaultValue={state.values.gdcNumber}
          aria-invalid={errors.gdcNumber ? true : undefined}
          aria-describedby={describedBy('gdcNumber')}
          className={fieldClass}
        />
        <FieldError id="gdcNumber-error" messages={errors.gdcNumber} />
      </div>

      <div className="space-y-1">
        <label htmlFor="registrantType" className="block font-semibold">
          Registrant type
        </label>
        <p id="registrantType-hint" className="text-sm text-slate-600 dark:text-slate-400">
          Sets how many verifiable CPD hours your cycle needs.
        </p>
        <select
          id="registrantType"
          name="registrantType"
          defaultValue={state.values.registrantType}
          aria-invalid={errors.registrantType ? true : undefined}
          aria-describedby={describedBy('registrantType', 'registrantType-hint')}
          className={fieldClass}
        >
          <option value="">Not set</option>
          {registrantTypes.map((type) => (
            <option key={type.value} value={type.value}>
              {type.label}
            </option>
          ))}
        </select>
        <FieldError id="registrantType-error" messages={errors.registrantType} />
      </div>

      <div className="space-y-1">
        <label htmlFor="cpdCycleStart" className="block font-semibold">
          CPD cycle start (optional)
        </label>
        <p id="cpdCycleStart-hint" className="text-sm text-slate-600 dark:text-slate-400">
          The first day of your current five-year cycle. Leave empty to use the GDC’s standard cycle.
        </p>
        <input
          id="cpdCycleStart"
          name="cpdCycleStart"
          type="date"
          defaultValue={state.values.cpdCycleStart}
          aria-invalid={errors.cpdCycleStart ? true : undefined}
          aria-describedby={describedBy('cpdCycleStart', 'cpdCycleStart-hint')}
          className={fieldClass}
        />
        <FieldError id="cpdCycleStart-error" messages={errors.cpdCycleStart} />
      </div>

      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save profile'}
      </Button>
    </form>
  );
}
