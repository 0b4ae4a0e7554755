'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/status-message';
import type { ActionFailure } from '@/lib/errors';
import { createModuleDraftAction } from './actions';

/** "Edit" on a published module: starts a module draft from its latest published module.yaml. */
export function EditModuleForm({ moduleId, title }: { moduleId: string; title: string }) {
  const [state, formAction, pending] = useActionState<ActionFailure | null, FormData>(createModuleDraftAction, null);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="moduleId" value={moduleId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Edit<span className="sr-only"> {title}</span>
      </Button>
      {state ? <ErrorMessage>{state.message}</ErrorMessage> : null}
    </form>
  );
}
