'use client';

import { ChooseOption } from '@/components/ui/choose-option';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { TitledOptions } from '@/components/ui/titled-options';
import { assignModuleAction } from './actions';
import { PracticeActionForm } from './practice-action-form';

/**
 * Assigns a module to the whole practice, with an optional due date. Both fields show their own
 * refusal (the module's, too: a module withdrawn since the page loaded is refused on `moduleId`).
 */
export function AssignForm({ practiceId, modules, dueRange }: { practiceId: string; modules: Array<{ id: string; title: string }>; dueRange: { min: string; max: string } }) {
  return (
    <PracticeActionForm action={assignModuleAction} practiceId={practiceId} submitLabel="Assign module">
      <FormField id="assign-module" label="Module">
        {(control) => (
          <select {...control} name="moduleId" required defaultValue="" className={`w-full max-w-full ${inputClass}`}>
            <ChooseOption>Choose a module</ChooseOption>
            <TitledOptions items={modules} />
          </select>
        )}
      </FormField>
      <FormField id="assign-due" label="Due date" hint="From today to 2 years ahead.">
        {(control) => <input {...control} name="dueOn" type="date" min={dueRange.min} max={dueRange.max} className={inputClass} />}
      </FormField>
    </PracticeActionForm>
  );
}
