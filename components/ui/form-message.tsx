import type { FormState } from '@/lib/forms/form-state';

/** A form's outcome: confirmations are announced politely, failures assertively. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state) return <p role="status" className="sr-only" />;
  if (state.ok) {
    return (
      <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-500 dark:bg-emerald-950 dark:text-emerald-100">
        {state.message}
      </p>
    );
  }
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100">
      {state.message}
    </p>
  );
}

/** The validation messages for one field, linked to it through `aria-describedby={id}`. */
export function FieldError({ state, field, id }: { state: FormState; field: string; id: string }) {
  const messages = state && !state.ok ? state.fieldErrors?.[field] : undefined;
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-red-800 dark:text-red-300">
      {messages.join(' ')}
    </p>
  );
}
