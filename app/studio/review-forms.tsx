'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { StateForm } from '@/components/ui/state-form';
import { useKeptInput } from '@/components/ui/use-kept-input';
import type { ReviewFormState } from './review-actions';

type ReviewAction = (previous: ReviewFormState, formData: FormData) => Promise<ReviewFormState>;

/**
 * A comment on the draft. A scenario draft passes its scene ids, so a comment can be about one
 * scene; a module draft has no scenes and passes none, so the form asks only for the text. On the
 * shared StateForm, as every other form: a refusal is the summary at the top, focused, and the
 * field shows its own message.
 */
export function CommentForm({ action, sceneIds }: { action: ReviewAction; sceneIds?: readonly string[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const kept = useKeptInput(state, formAction);
  return (
    <StateForm state={state} {...kept} className="space-y-3">
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
      <FormField id="comment-text" label="Comment">
        {(control) => <textarea {...control} name="text" required maxLength={5000} rows={4} className={inputClass} />}
      </FormField>
      <Button type="submit" variant="secondary" disabled={pending}>
        Add comment
      </Button>
    </StateForm>
  );
}

/**
 * A reviewer's verdict on `revision`, the revision the page shows: approve it, or send it back, with
 * an optional note. The number goes with the verdict, so the server refuses it if the author has
 * saved a newer revision since the page was rendered.
 */
export function DecisionForm({ action, revision }: { action: ReviewAction; revision: number }) {
  const [state, formAction, pending] = useActionState(action, null);
  const kept = useKeptInput(state, formAction);
  return (
    <StateForm state={state} {...kept} className="space-y-3">
      <input type="hidden" name="revision" value={revision} />
      <FormField id="decision-text" label="Note to the author">
        {(control) => <textarea {...control} name="text" maxLength={5000} rows={3} className={inputClass} />}
      </FormField>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="approve" disabled={pending}>
          Approve
        </Button>
        <Button type="submit" name="decision" value="send-back" variant="secondary" disabled={pending}>
          Send back
        </Button>
      </div>
    </StateForm>
  );
}

/**
 * Publishes the approved revision as the next version; any check that fails is listed (one a
 * line, kept by `whitespace-pre-wrap` on the summary) and nothing is published.
 */
export function PublishForm({ action }: { action: (previous: ReviewFormState) => Promise<ReviewFormState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <StateForm state={state} action={formAction} className="space-y-3 [&_[role=alert]]:whitespace-pre-wrap">
      <Button type="submit" disabled={pending}>
        Publish
      </Button>
    </StateForm>
  );
}
