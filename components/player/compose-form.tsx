'use client';

import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { countWords } from '@/lib/text/count-words';
import type { ComposeDefinition } from '@/lib/scenario/definition';
import { countOf } from '@/lib/text/plural';

export interface ComposeFormProps {
  compose: ComposeDefinition;
  /** The prompt, rendered ahead of time. */
  prompt: ReactNode;
  disabled: boolean;
  onSubmit: (text: string) => void;
  /**
   * The player sits inside another form (the studio's preview is inside the draft's save form):
   * render the same fields with a plain button, since a form may not contain a form.
   */
  insideForm?: boolean;
}

/** "23 words (10–80)": the live count the learner writes against. */
export function wordCountText(words: number, min: number, max: number): string {
  return `${countOf(words, 'word')} (${min}–${max})`;
}

/** What to tell a learner whose reply is outside the limits, naming the limit; nothing while it is empty or within them. */
export function lengthAdvice(words: number, min: number, max: number): string | undefined {
  if (words > max) return `Too long: the limit is ${max} words, so take out ${words - max}.`;
  if (words > 0 && words < min) return `Too short: write at least ${min} words.`;
  return undefined;
}

/** The learner writes a free-text reply; the checks run when it is submitted. */
export function ComposeForm({ compose, prompt, disabled, onSubmit, insideForm = false }: ComposeFormProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const words = countWords(text);
  const advice = lengthAdvice(words, compose.minWords, compose.maxWords);

  function submit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (text.trim() === '') {
      setEmpty(true);
      return;
    }
    onSubmit(text);
  }

  const fields = (
    <>
      <div id={`${id}-prompt`}>
        {prompt}
      </div>
      <label htmlFor={`${id}-text`} className="block font-semibold">
        Your reply
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={6}
        disabled={disabled}
        aria-describedby={`${id}-prompt ${id}-count${empty ? ` ${id}-error` : ''}`}
        aria-invalid={empty || undefined}
        onChange={(event) => {
          setText(event.target.value);
          setEmpty(false);
        }}
        className="block w-full rounded-lg border-2 border-slate-600 bg-white p-3 text-base text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:bg-slate-100 dark:border-slate-300 dark:bg-slate-900 dark:text-slate-50 dark:focus-visible:outline-sky-300 dark:disabled:bg-slate-800"
      />
      <p id={`${id}-count`} className="text-sm text-slate-700 dark:text-slate-200">
        {wordCountText(words, compose.minWords, compose.maxWords)}
        {advice ? <strong className="block font-semibold text-slate-900 dark:text-slate-50">{advice}</strong> : null}
      </p>
      {empty ? (
        <p id={`${id}-error`} className="font-medium text-red-800 dark:text-red-200">
          Write your reply before submitting it.
        </p>
      ) : null}
      <Button type={insideForm ? 'button' : 'submit'} onClick={insideForm ? () => submit() : undefined} disabled={disabled} className="w-full sm:w-auto">
        Submit reply
      </Button>
    </>
  );
  return insideForm ? (
    <div className="space-y-3">
      {fields}
    </div>
  ) : (
    <form onSubmit={submit} noValidate className="space-y-3">
      {fields}
    </form>
  );
}
