'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormField, FormFieldset } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { DEVELOPMENT_OUTCOMES } from '@/lib/cpd/development-outcomes';
import { OUTCOMES } from '@/lib/scenario/definition';
import type { ModuleFields } from '@/lib/studio/modules/module-fields';
import type { SaveModuleDraftState } from './actions';
import { ScenarioOrder, type PickableScenario } from './scenario-order';
import { useRevisionSave } from '../../../use-revision-save';
import { StateForm } from '@/components/ui/state-form';

export interface ModuleFormProps {
  revision: number;
  fields: ModuleFields;
  /** The module's published scenarios, which the list may hold. */
  scenarios: readonly PickableScenario[];
  save: (previous: SaveModuleDraftState, formData: FormData) => Promise<SaveModuleDraftState>;
}

/**
 * The module's fields as a form (not a code editor). A save carries the revision the form was based
 * on; when someone saved since, the author's values stay in the form, theirs are listed beside it,
 * and the next save is based on the newer revision, so it is a deliberate replacement.
 */
export function ModuleForm({ revision, fields, scenarios, save }: ModuleFormProps) {
  const [saved, saveAction, saving] = useActionState(save, null);
  const { conflict, baseRevision } = useRevisionSave(saved, revision);
  const [values, setValues] = useState(fields);
  const [objectives, setObjectives] = useState(fields.objectives.join('\n'));
  const [topics, setTopics] = useState(fields.recommendedTopics.join('\n'));
  const [hours, setHours] = useState(String(fields.hours));

  // Submitted by hand rather than through `action`, so React does not reset the form after a save.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => saveAction(data));
  }

  return (
    <StateForm state={saved} onSubmit={submit} className="max-w-3xl space-y-5">
      <input type="hidden" name="baseRevision" value={baseRevision} />
      {conflict?.theirs ? <TheirFields revision={conflict.revision} fields={conflict.theirs} /> : null}

      <FormField id="module-title" label="Title">
        {(control) => <input {...control} name="title" required value={values.title} onChange={(event) => setValues({ ...values, title: event.target.value })} maxLength={120} className={inputClass} />}
      </FormField>
      <FormField id="module-provider" label="Provider" hint="The CPD provider named on certificates.">
        {(control) => <input {...control} name="provider" required value={values.provider} onChange={(event) => setValues({ ...values, provider: event.target.value })} maxLength={200} className={inputClass} />}
      </FormField>
      <FormField id="module-description" label="Description" hint="What the module covers, shown to learners before they start.">
        {(control) => (
          <textarea {...control} name="description" required value={values.description} onChange={(event) => setValues({ ...values, description: event.target.value })} rows={6} maxLength={4000} className={inputClass} />
        )}
      </FormField>
      <FormField id="module-aims" label="Aims">
        {(control) => <textarea {...control} name="aims" required value={values.aims} onChange={(event) => setValues({ ...values, aims: event.target.value })} rows={4} maxLength={2000} className={inputClass} />}
      </FormField>
      <FormField id="module-objectives" label="Learning objectives" hint="One objective per line.">
        {(control) => <textarea {...control} name="objectives" required value={objectives} onChange={(event) => setObjectives(event.target.value)} rows={8} className={inputClass} />}
      </FormField>

      <FormFieldset id="module-outcomes" name="outcomes" legend="Development outcomes" required>
        {OUTCOMES.map((letter) => (
          <label key={letter} className="flex items-start gap-3">
            <input
              type="checkbox"
              name="outcomes"
              value={letter}
              checked={values.outcomes.includes(letter)}
              onChange={(event) =>
                setValues({ ...values, outcomes: OUTCOMES.filter((other) => (other === letter ? event.target.checked : values.outcomes.includes(other))) })
              }
              className="mt-1 size-5 shrink-0"
            />
            <span>
              <strong>{letter}</strong>: {DEVELOPMENT_OUTCOMES[letter]}
            </span>
          </label>
        ))}
      </FormFieldset>

      <FormField id="module-hours" label="Verifiable CPD hours" hint="In quarter hours, for example 1.75. Learners are credited their active time up to this.">
        {(control) => (
          <input
            {...control}
            name="hours" required
            type="number"
            inputMode="decimal"
            min={0.25}
            max={100}
            step={0.25}
            value={hours}
            onChange={(event) => setHours(event.target.value)}
            className={`${inputClass} max-w-40`}
          />
        )}
      </FormField>

      <ScenarioOrder
        chosen={values.scenarios}
        scenarios={scenarios}
     
        onChange={(ids) => setValues({ ...values, scenarios: ids })}
      />

      <FormField id="module-qa-by" label="Quality assured by">
        {(control) => (
          <input
            {...control}
            name="qaBy" required
            value={values.qualityAssurance.by}
            onChange={(event) => setValues({ ...values, qualityAssurance: { ...values.qualityAssurance, by: event.target.value } })}
            maxLength={200}
            className={inputClass}
          />
        )}
      </FormField>
      <FormField id="module-qa-statement" label="Quality assurance statement" hint="Printed on every certificate for this module.">
        {(control) => (
          <textarea
            {...control}
            name="qaStatement" required
            value={values.qualityAssurance.statement}
            onChange={(event) => setValues({ ...values, qualityAssurance: { ...values.qualityAssurance, statement: event.target.value } })}
            rows={5}
            maxLength={1000}
            className={inputClass}
          />
        )}
      </FormField>

      <FormField id="module-topics" label="GDC recommended topics" hint="One topic per line.">
        {(control) => <textarea {...control} name="recommendedTopics" value={topics} onChange={(event) => setTopics(event.target.value)} rows={3} className={inputClass} />}
      </FormField>

      <Button type="submit" disabled={saving}>
        Save
      </Button>
    </StateForm>
  );
}

/** The newer revision's fields, read only, beside the author's own after a refused save. */
function TheirFields({ revision, fields }: { revision: number; fields: ModuleFields }) {
  return (
    <section aria-labelledby="their-revision" className="space-y-2 rounded-lg border-2 border-slate-400 p-3 dark:border-slate-600">
      <h2 id="their-revision" className="font-semibold">
        Revision {revision}, saved by someone else
      </h2>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Title</dt>
        <dd>{fields.title}</dd>
        <dt className="font-semibold">Provider</dt>
        <dd>{fields.provider}</dd>
        <dt className="font-semibold">Description</dt>
        <dd>{fields.description}</dd>
        <dt className="font-semibold">Aims</dt>
        <dd>{fields.aims}</dd>
        <dt className="font-semibold">Objectives</dt>
        <dd>{fields.objectives.join(' · ')}</dd>
        <dt className="font-semibold">Outcomes</dt>
        <dd>{fields.outcomes.join(', ')}</dd>
        <dt className="font-semibold">Hours</dt>
        <dd>{fields.hours}</dd>
        <dt className="font-semibold">Scenarios</dt>
        <dd>{fields.scenarios.join(', ')}</dd>
        <dt className="font-semibold">Quality assurance</dt>
        <dd>
          {fields.qualityAssurance.by}: {fields.qualityAssurance.statement}
        </dd>
        <dt className="font-semibold">Recommended topics</dt>
        <dd>{fields.recommendedTopics.join(' · ') || 'None'}</dd>
      </dl>
    </section>
  );
}
