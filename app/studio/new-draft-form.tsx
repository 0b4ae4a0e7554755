'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { ChooseOption } from '@/components/ui/choose-option';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { TitledOptions } from '@/components/ui/titled-options';
import { ErrorMessage } from '@/components/ui/status-message';
import type { ActionFailure } from '@/lib/errors';
import { createDraftAction } from './actions';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { StateForm } from '@/components/ui/state-form';

/** "New scenario" from the blank template: the new scenario's id and its module. */
export function NewDraftForm({ modules }: { modules: ReadonlyArray<{ id: string; title: string }> }) {
  const [state, formAction, pending] = useActionState<ActionFailure | null, FormData>(createDraftAction, null);
  const kept = useKeptInput(state, formAction);
  return (
    <StateForm state={state} {...kept} className="space-y-4">
      <input type="hidden" name="from" value="template" />
      <FormField id="new-scenario-id" label="Scenario id" hint='Lower-case words joined by hyphens, e.g. "holiday-photos". It cannot change once published.'>
        {(control) => <input {...control} name="scenarioId" required maxLength={80} pattern="[a-z0-9]+(-[a-z0-9]+)*" className={inputClass} />}
      </FormField>
      <FormField id="new-scenario-module" label="Module">
        {(control) => (
          <select {...control} name="moduleId" required defaultValue="" className={inputClass}>
            <ChooseOption>Choose a module</ChooseOption>
            <TitledOptions items={modules} />
          </select>
        )}
      </FormField>
      <Button type="submit" disabled={pending}>
        New scenario from the template
      </Button>
    </StateForm>
  );
}

/** "Copy" on a published scenario: starts a draft from its latest published text. */
export function CopyScenarioForm({ scenarioId, title }: { scenarioId: string; title: string }) {
  const [state, formAction, pending] = useActionState<ActionFailure | null, FormData>(createDraftAction, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="from" value="copy" />
      <input type="hidden" name="scenarioId" value={scenarioId} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`Copy to a draft: ${title}`}>
        Copy to a draft
      </Button>
      {state ? <ErrorMessage>{state.message}</ErrorMessage> : null}
    </form>
  );
}
