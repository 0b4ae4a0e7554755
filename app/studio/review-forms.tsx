'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { ErrorMessage } from '@/components/ui/status-message';
import { useKeptInput } from '@/components/ui/use-kept-input';
import type { ReviewFormState } from './review-actions';

type ReviewAction = (previous: ReviewFormState, formData: FormData) => Promise<ReviewFormState>;

function Outcome({ state }: { state: ReviewFormState }) {
  return state ? <ErrorMessage>{state.message}</ErrorMessage> : null;
}

/**
 * A comment on the draft. A scenario draft passes its scene ids, so a comment can be about one
 * scene; a module draft has no scenes and passes none, so the form asks only for the text.
 */
export function CommentForm({ action, sceneIds }: { action: ReviewAction; sceneIds?: readonly string[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const kept = useKeptInput(state, formAction);
  return (
    <form {...kept} className="space-y-3">
      {sceneIds ? (
        <FormField id="comment-scene" label="About scene">
          {(control) => (
            <select {...control} name="sceneId" className={inputClass}>
              <option value="">The whole scenario</option>
              {sceneIds.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <FormField id="comment-text" label="Comment" error={state?.fieldErrors?.text?.join(' ')}>
        {(control) => <textarea {...control} name="text" required maxLength={5000} rows={4} className={inputClass} />}
      </FormField>
      <Outcome state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Add comment
      </Button>
    </form>
  );
}

/** A reviewer's verdict: approve the latest revision, or send it back, with an optional note. */
export function DecisionForm({ action }: { action: ReviewAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  const kept = useKeptInput(state, formAction);
  return (
    <form {...kept} className="space-y-3">
      <FormField id="decision-text" label="Note to the author">
        {(control) => <textarea {...control} name="text" maxLength={5000} rows={3} className={inputClass} />}
      </FormField>
      <Outcome state={state} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="approve" disabled={pending}>
          Approve
        </Button>
        <Button type="submit" name="decision" value="send-back" variant="secondary" disabled={pending}>
          Send back
        </Button>
      </div>
    </form>
  );
}

/** Publishes the approved revision as the next version; any check that fails is listed and nothing is published. */
export function PublishForm({ action }: { action: (previous: ReviewFormState) => Promise<ReviewFormState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      {state ? <p role="alert" className="whitespace-pre-wrap rounded-lg bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">{state.message}</p> : null}
      <Button type="submit" disabled={pending}>
        Publish
      </Button>
    </form>
  );
}
