import { initials } from '@/components/scenario/attributes';

const SIZES = { sm: 'size-8 text-xs', md: 'size-10 text-sm', lg: 'size-14 text-lg' } as const;

/**
 * A placeholder avatar: initials on a neutral disc, never a real picture. Decorative, because the
 * name is always printed beside it.
 */
export function Avatar({ name, size = 'md' }: { name: string; size?: keyof typeof SIZES }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-flex shrink-0 items-center justify-center rounded-full bg-slate-200 font-semibold text-slate-800 dark:bg-slate-700 dark:text-slate-100 ${SIZES[size]}`}
    >
      {initials(name)}
    </span>
  );
}
