import { MUTED } from './platform-style';

/** One privacy setting row inside a `Profile`'s description list. */
export function Setting({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2">
      <dt className="min-w-0">{label}</dt>
      <dd className={`min-w-0 rounded border border-slate-300 px-2 py-0.5 text-sm dark:border-slate-600 ${MUTED}`}>{value}</dd>
    </div>
  );
}
