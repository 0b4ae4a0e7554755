'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import type { FormState } from '@/lib/forms/form-state';
import { refusalBoxText, type RefusedField } from '@/lib/forms/field-summary';

/** The visible label of a control or group: its `<label>` or `<legend>`, without hidden marks. */
function visibleLabelOf(control: Element): string | undefined {
  const label = control instanceof HTMLFieldSetElement ? control.querySelector(':scope > legend') : control.id ? control.ownerDocument.querySelector(`label[for="${CSS.escape(control.id)}"]`) : control.closest('label');
  if (!label) return undefined;
  const copy = label.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  // A spoken "(required)" belongs to the group, not to its name in a sentence about it.
  return copy.textContent?.replace(/\s*\(required\)\s*$/, '').trim() || undefined;
}

/** The refused fields of `state`, each with its label when `form` shows it invalid. */
function refusedFieldsIn(form: HTMLFormElement | null, fieldErrors: Record<string, string[]>): RefusedField[] {
  return Object.entries(fieldErrors).map(([name, messages]) => {
    const control = form?.querySelector(`[name="${CSS.escape(name)}"][aria-invalid="true"]`);
    const shownAs = control ? visibleLabelOf(control) : undefined;
    return shownAs === undefined ? { name, messages } : { name, messages, shownAs };
  });
}

/**
 * A form's outcome: confirmations are announced politely, failures assertively. After a refusal
 * renders, the box looks at which refused fields its form shows invalid (each with its message
 * under it) and, when all of them are, names them instead of saying their messages a second time
 * (wording: `lib/forms/field-summary.ts`). Until then, and without JavaScript, it says the
 * refusal's own message. `id`: for a control that is described by the box.
 */
export function FormMessage({ state, id }: { state: FormState; id?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const [boxText, setBoxText] = useState<{ for: FormState; text: string }>();
  useLayoutEffect(() => {
    if (!state || state.ok || !state.fieldErrors) return;
    setBoxText({ for: state, text: refusalBoxText(state.message, refusedFieldsIn(ref.current?.closest('form') ?? null, state.fieldErrors)) });
  }, [state]);
  if (!state) return <p id={id} ref={ref} role="status" className="sr-only" />;
  if (state.ok) {
    return (
      <p id={id} ref={ref} role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-100">
        {state.message}
      </p>
    );
  }
  return (
    <p id={id} ref={ref} role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100">
      {boxText?.for === state ? boxText.text : state.message}
    </p>
  );
}
