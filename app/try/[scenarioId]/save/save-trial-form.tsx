'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/status-message';
import type { ActionFailure } from '@/lib/errors';
import { saveTrialAction } from '../actions';

/** The one button that saves a replayed trial; a refusal (e.g. already in progress) is shown above it. */
export function SaveTrialForm({ scenarioId, query }: { scenarioId: string; query: { v: string; seed: string; path: string } }) {
  const [state, formAction, pending] = useActionState<ActionFailure | null, FormData>(saveTrialAction, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="scenarioId" value={scenarioId} />
      <input type="hidden" name="v" value={query.v} />
      <input type="hidden" name="seed" value={query.seed} />
      <input type="hidden" name="path" value={query.path} />
      {state ? <ErrorMessage>{state.message}</ErrorMessage> : null}
      <Button type="submit" disabled={pending}>
        Save to my learning record
      </Button>
    </form>
  );
}
