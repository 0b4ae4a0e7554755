'use client';

import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField, FormFieldset } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { countWords } from '@/lib/text/count-words';
import { getCertificateAction, saveFeedbackAction, saveReflectionAction, type CompletionFormState } from './actions';
import { countOf } from '@/lib/text/plural';
import { useKeptInput } from '@/components/ui/use-kept-input';
import { StateForm } from '@/components/ui/state-form';

/** The private reflection, with a live word count against the minimum. */
export function ReflectionForm({ moduleId, initialText, minimumWords }: { moduleId: string; initialText: string; minimumWords: number }) {
  const [state, formAction, pending] = useActionState<CompletionFormState, FormData>(saveReflectionAction, null);
  const [text, setText] = useState(initialText);
  const words = countWords(text);
  return (
    <StateForm state={state} action={formAction} className="space-y-3">
      <input type="hidden" name="moduleId" value={moduleId} />
      <FormField
        id="reflection-text"
        label="Your reflection"
        hint={`What did you learn, and what will you do differently in your practice? At least ${minimumWords} words. Private: only you can read it — not your practice, not our staff.`}
        note={`${countOf(words, 'word')}${words < minimumWords ? ` — ${minimumWords - words} more needed` : ' — long enough'}`}
      >
        {(control) => <textarea {...control} name="text" rows={8} required value={text} onChange={(event) => setText(event.target.value)} className={inputClass} />}
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save reflection'}
      </Button>
    </StateForm>
  );
}

const RATINGS = [
  { value: 1, label: 'Poor' },
  { value: 2, label: 'Fair' },
  { value: 3, label: 'Good' },
  { value: 4, label: 'Very good' },
  { value: 5, label: 'Excellent' },
] as const;

/** A 1–5 rating as labelled radio buttons, and a comment; both are needed, and each shows its own refusal. */
export function FeedbackForm({ moduleId, initial }: { moduleId: string; initial: { rating: number; comment: string } | null }) {
  const [state, formAction, pending] = useActionState<CompletionFormState, FormData>(saveFeedbackAction, null);
  const kept = useKeptInput(state, formAction);
  return (
    <StateForm state={state} {...kept} className="space-y-3">
      <input type="hidden" name="moduleId" value={moduleId} />
      <FormFieldset id="feedback-rating" name="rating" legend="How would you rate this module?" required>
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
      </FormFieldset>
      <FormField id="feedback-comment" label="Your comment" hint="What worked, and what could be better? Kept for quality assurance and read only in summary, without your name.">
        {(control) => <textarea {...control} name="comment" rows={4} required defaultValue={initial?.comment ?? ''} className={inputClass} />}
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save feedback'}
      </Button>
    </StateForm>
  );
}

/** "Get my certificate": enabled only when every condition holds; the server checks them again. */
export function CertificateButton({ moduleId, ready }: { moduleId: string; ready: boolean }) {
  const [state, formAction, pending] = useActionState<CompletionFormState, FormData>(getCertificateAction, null);
  return (
    <StateForm state={state} action={formAction} className="space-y-3">
      <input type="hidden" name="moduleId" value={moduleId} />
      <Button type="submit" disabled={!ready || pending} aria-describedby={ready ? undefined : 'certificate-blockers'}>
        {pending ? 'Issuing your certificate…' : 'Get my certificate'}
      </Button>
    </StateForm>
  );
}
