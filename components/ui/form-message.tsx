'use client';

import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type MouseEvent } from 'react';
import type { ActionFailure } from '@/lib/errors';
import type { FormState } from '@/lib/forms/form-state';
import { refusalBoxParts, type BoxPart, type RefusedField } from '@/lib/forms/field-summary';
import { focusOutcome } from './focus-outcome';
import { isCurrentOutcome, latestOutcome, publishOutcome, subscribeToOutcomes } from './latest-outcome';

/** The element that labels a control or group: its `<label>` or `<legend>`. */
function labelElementOf(control: Element): Element | null {
  if (control instanceof HTMLFieldSetElement) return control.querySelector(':scope > legend');
  return control.id ? control.ownerDocument.querySelector(`label[for="${CSS.escape(control.id)}"]`) : control.closest('label');
}

/** The visible label of a control or group, without hidden marks. */
function visibleLabelOf(control: Element): string | undefined {
  const label = labelElementOf(control);
  if (!label) return undefined;
  const copy = label.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  // A spoken "(required)" or "(optional)" belongs to the group, not to its name in a sentence about it.
  return copy.textContent?.replace(/\s*\((required|optional)\)\s*$/, '').trim() || undefined;
}

/** The control a refused field `name` shows invalid in `form`, if it shows one. */
function invalidControl(form: HTMLFormElement | null, name: string): Element | null {
  return form?.querySelector(`[name="${CSS.escape(name)}"][aria-invalid="true"]`) ?? null;
}

/**
 * The refused fields of `state`, each with its label when `form` shows it invalid, and whether that
 * control is a lone tick box (a group of checkboxes is a fieldset, named by its legend).
 */
function refusedFieldsIn(form: HTMLFormElement | null, fieldErrors: Record<string, string[]>): RefusedField[] {
  return Object.entries(fieldErrors).map(([name, messages]) => {
    const control = invalidControl(form, name);
    const shownAs = control ? visibleLabelOf(control) : undefined;
    if (shownAs === undefined) return { name, messages };
    return { name, messages, shownAs, tick: control instanceof HTMLInputElement && control.type === 'checkbox' };
  });
}

const boxLinkClass = 'font-semibold underline underline-offset-2 hover:no-underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-current';

/**
 * A form's refusal, at the top of its form (`StateForm` puts it there): the GOV.UK error-summary
 * pattern. After each refusal renders, focus moves to the box (so a keyboard or screen-reader user
 * starts from it, and a sighted one sees it without scrolling back from the button), and it names
 * the refused fields the form shows invalid, each name a link that moves focus to its field with
 * the field's label scrolled into view. Wording: `lib/forms/field-summary.ts`. Until then, and
 * without JavaScript, it says the refusal's own message. `role="alert"` as well as focus, as
 * govuk-frontend's summary does, for a refusal that arrives without a page load.
 */
export function RefusalSummary({ state, id }: { state: ActionFailure; id?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [parts, setParts] = useState<{ for: FormState; parts: BoxPart[]; ids: Record<string, string> }>();
  useLayoutEffect(() => {
    if (!state.fieldErrors) return;
    const form = ref.current?.closest('form') ?? null;
    const ids = Object.fromEntries(Object.keys(state.fieldErrors).map((name) => [name, invalidControl(form, name)?.id ?? '']));
    setParts({ for: state, parts: refusalBoxParts(state.message, refusedFieldsIn(form, state.fieldErrors)), ids });
  }, [state]);
  // Each refusal is a new state object: focus the box once per refusal, not on every render.
  useEffect(() => {
    ref.current?.focus();
  }, [state]);
  // A refusal is the page's latest outcome too: other forms' confirmations give way to it.
  useLayoutEffect(() => {
    publishOutcome(state);
  }, [state]);
  const goTo = (name: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const control = invalidControl(ref.current?.closest('form') ?? null, name);
    if (!control) return;
    event.preventDefault();
    const target = control instanceof HTMLFieldSetElement ? control.querySelector<HTMLElement>('input, select, textarea') : (control as HTMLElement);
    (labelElementOf(control) ?? control).scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  };
  const current = parts?.for === state ? parts : undefined;
  const shown = current?.parts ?? [state.message];
  return (
    <div
      id={id}
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="w-full rounded border-2 border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900 focus:outline-2 focus:outline-offset-2 focus:outline-sky-700 dark:border-red-300 dark:bg-red-950 dark:text-red-100 dark:focus:outline-sky-300"
    >
      <p>
        {shown.map((part, index) =>
          typeof part === 'string' ? (
            part
          ) : (
            <a key={`${part.name}-${index}`} href={`#${current?.ids[part.name] ?? ''}`} onClick={goTo(part.name)} className={boxLinkClass}>
              {part.words}
            </a>
          ),
        )}
      </p>
    </div>
  );
}

/**
 * Publishes each new answer of a form as the page's latest outcome (`latest-outcome.ts`), and
 * says whether the form's `state` is still the latest: a confirmation gives way to any answer
 * another form on the page gave after it. Null states publish nothing.
 */
function useIsCurrentOutcome(state: FormState): boolean {
  const latest = useSyncExternalStore(subscribeToOutcomes, latestOutcome, () => null);
  useLayoutEffect(() => {
    if (state) publishOutcome(state);
  }, [state]);
  return state !== null && isCurrentOutcome(state, latest);
}

/**
 * A form's confirmation, announced politely where the person acted (by the button): an empty live
 * region until then, so the confirmation is announced when it appears, and again once another
 * form on the page has answered since (a stale "Invitation sent" stayed beside the withdrawn
 * invitation, a trial user). `lasting`: the confirmation is the lasting state of the thing the
 * form acted on (an invitation withdrawn, with its controls gone), not news of an event, so it
 * stays whatever answers come after it; hidden, the withdrawn row read as a live invitation
 * with no buttons (trial, stop 29). `id`: for a control that is described by it. Once per new
 * confirmation, focus moves to it when it was still in the form or had dropped to the page
 * (focusOutcome), as a refusal's box takes focus.
 */
export function OutcomeStatus({ state, id, lasting = false }: { state: FormState; id?: string; lasting?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const focusedFor = useRef<FormState>(null);
  const current = useIsCurrentOutcome(state);
  const shown = Boolean(state?.ok) && (current || lasting);
  // Once per answer, when it first shows (it may show a render after it arrives, once published).
  useEffect(() => {
    if (!shown || !ref.current || focusedFor.current === state) return;
    focusedFor.current = state;
    focusOutcome(ref.current, ref.current.closest('form'));
  }, [state, shown]);
  if (!shown || !state?.ok) return <p id={id} role="status" className="sr-only" />;
  return (
    <p
      id={id}
      ref={ref}
      role="status"
      tabIndex={-1}
      className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 focus:outline-2 focus:outline-offset-2 focus:outline-sky-700 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-100 dark:focus:outline-sky-300"
    >
      {state.message}
    </p>
  );
}

/**
 * A one-button form's outcome where a form has no fields to summarise (a resend or revoke button,
 * an invitation's answer): its refusal box or its confirmation, in the one place. Forms with fields
 * use `StateForm`, which puts the refusal at the top.
 */
export function FormMessage({ state, id, lasting }: { state: FormState; id?: string; lasting?: boolean }) {
  if (state && !state.ok) return <RefusalSummary state={state} id={id} />;
  return <OutcomeStatus state={state} id={id} lasting={lasting} />;
}
