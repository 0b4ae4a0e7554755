'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { StateForm } from '@/components/ui/state-form';
import { updateProfile, type ProfileFormState, type ProfileFormValues } from './actions';

/** The profile fields; after saving, it keeps what was submitted and shows the server's verdict, each refusal under its field and the box at the top naming them (`StateForm`). */
export function ProfileForm({
  initialValues,
  registrantTypes,
  teamRoles,
}: {
  initialValues: ProfileFormValues;
  registrantTypes: Array<{ value: string; label: string }>;
  teamRoles: Array<{ value: string; label: string }>;
}) {
  const [state, formAction, pending] = useActionState<ProfileFormState, FormData>(updateProfile, { ok: null, values: initialValues });

  return (
    <StateForm state={state.ok === null ? null : state} action={formAction} className="space-y-5">
      <FormField
        id="certificateName"
        label="Name on certificates"
        hint="As it appears on the GDC register, so an auditor can match your certificates to you. Certificates print Latin (including Vietnamese), Greek and Cyrillic letters with their accents."
      >
        {(control) => <input {...control} name="certificateName" autoComplete="name" required defaultValue={state.values.certificateName} className={inputClass} />}
      </FormField>

      <FormField id="gdcNumber" label="GDC registration number">
        {(control) => <input {...control} name="gdcNumber" inputMode="numeric" defaultValue={state.values.gdcNumber} className={inputClass} />}
      </FormField>

      <FormField id="registrantType" label="Registrant type" hint="Sets how many verifiable CPD hours your cycle needs.">
        {(control) => (
          <select {...control} name="registrantType" defaultValue={state.values.registrantType} className={inputClass}>
            <option value="">Not set</option>
            {registrantTypes.map((type) => (
              <option key={type.value} value={type.value}>
                {type.label}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <FormField
        id="teamRole"
        label="Role in the practice team"
        hint="For receptionists and practice managers: we recommend the scenarios written for your role."
      >
        {(control) => (
          <select {...control} name="teamRole" defaultValue={state.values.teamRole} className={inputClass}>
            <option value="">Not set</option>
            {teamRoles.map((role) => (
              <option key={role.value} value={role.value}>
                {role.label}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <FormField
        id="cpdCycleStart"
        label="CPD cycle start"
        hint="GDC cycles are individual: yours began on the 1 January (dentists) or 1 August (dental care professionals) after you first registered, and your eGDC account shows it. Enter your first cycle’s start so the 10-hours-in-two-years check can look across cycles. Until you enter it we cannot show your cycle."
      >
        {(control) => <input {...control} name="cpdCycleStart" type="date" defaultValue={state.values.cpdCycleStart} className={inputClass} />}
      </FormField>

      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save profile'}
      </Button>
    </StateForm>
  );
}
