'use client';

import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { countWords } from '@/lib/text/count-words';
import { getCertificateAction, saveFeedbackAction, saveReflectionAction, type CompletionFormState } from './actions';
import { countOf } from '@/lib/text/plural';
import { useKeptInput } from '@/components/ui/use-kept-input';

const fieldClass =
  'block w-full rounded-lg border-2 border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';


function Failure({ state }: { state: CompletionFormState }) {
  if (!state || state.ok !== false) return null;
  return (
    <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">
      {state.message}
    </p>
  );
}

/** The private reflection, with a live word count against the minimum. */
export function ReflectionForm({ moduleId, initialText, minimumWords }: { moduleId: string; initialText: string; minimumWords: number }) {
  const [state, formAction, pending] = useActionState<CompletionFormState, FormData>(saveReflectionAction, null);
  const [text, setText] = useState(initialText);
  const words = countWords(text);
  const invalid = state?.ok === false && Boolean(state.fieldErrors?.text);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="moduleId" value={moduleId} />
      <div className="space-y-1">
        <label htmlFor="reflection-text" className="block font-semibold">
          Your reflection
        </label>
        <p id="reflection-hint" className="text-sm text-slate-700 dark:text-slate-300">
          What did you learn, and what will you do differently in your practice? At least {minimumWords} words. Private: only you can read it — not
          your practice, not our staff.
        </p>
        <textarea
          id="reflection-text"
          name="text"
          rows={8}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={invalid ? true : undefined}
          aria-describedby="reflection-hint reflection-count"
          className={fieldClass}
        />
        <p id="reflection-count" aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
          {countOf(words, 'word')}
          {words < minimumWords ? ` — ${minimumWords - words} more needed` : ' — long enough'}
        </p>
      </div>
      <Failure state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save reflection'}
      </Button>
    </form>
  );
}

const RATINGS = [
  { value: 1, label: 'Poor' },
  { value: 2, label: 'Fair' },
  { value: 3, label: 'Good' },
  { value: 4, label: 'Very good' },
  { value: 5, label: 'Excellent' },
] as const;

/** A 1–5 rating as labelled radio buttons, and a comment. */
export function FeedbackForm({ moduleId, initial }: { moduleId: string; initial: { rating: number; comment: string } | null }) {
  const [state, formAction, pending] = useActionState<CompletionFormState, FormData>(saveFeedbackAction, null);
  const kept = useKeptInput(state, formAction);
  const errors = state?.ok === false ? (state.fieldErrors ?? {}) : {};
  return (
    <form {...kept}>
      <input type="hidden" name="moduleId" value={moduleId} />
      <fieldset className="space-y-2" aria-describedby={errors.rating ? 'rating-error' : undefined}>
        <legend className="font-semibold">How would you rate this module?</legend>
        <div className="flex flex-wrap gap-2">
          {RATINGS.map((rating) => (
            <label
              key={rating.value}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border-2 border-slate-400 px-3 has-[:checked]:border-sky-800 has-[:checked]:bg-sky-50 dark:border-slate-600 dark:has-[:checked]:border-sky-300 dark:has-[:checked]:bg-sky-950"
            >
              <input type="radio" name="rating" value={rating.value} defaultChecked={initial?.rating === rating.value} className="size-5" />
              {rating.value} – {rating.label}
            </label>
          ))}
        </div>
        {errors.rating ? (
          <p id="rating-error" className="text-red-800 dark:text-red-300">
            {errors.rating.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="feedback-comment" className="block font-semibold">
          Your comment
        </label>
        <p id="feedback-hint" className="text-sm text-slate-700 dark:text-slate-300">
          What worked, and what could be better? Kept for quality assurance and read only in summary, without your name.
        </p>
        <textarea
          id="feedback-comment"
          name="comment"
          rows={4}
          defaultValue={initial?.comment ?? ''}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby="feedback-hint"
          className={fieldClass}
        />
      </div>
      <Failure state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save feedback'}
      </Button>
    </form>
  );
}

/** "Get my certificate": enabled only when every condition holds; the server checks them again. */
export function CertificateButton({ moduleId, ready }: { moduleId: string; ready: boolean }) {
  const [state, formAction, pending] = useActionState<CompletionFormState, FormData>(getCertificateAction, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="moduleId" value={moduleId} />
      <Failure state={state} />
      <Button type="submit" disabled={!ready || pending} aria-describedby={ready ? undefined : 'certificate-blockers'}>
        {pending ? 'Issuing your certificate…' : 'Get my certificate'}
      </Button>
    </form>
  );
}
