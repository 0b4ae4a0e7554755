import type { ButtonHTMLAttributes } from 'react';

const VARIANTS = {
  primary:
    'bg-slate-900 text-white hover:bg-slate-700 disabled:bg-slate-500 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300 dark:disabled:bg-slate-400',
  secondary:
    'border-2 border-slate-700 bg-white text-slate-900 hover:bg-slate-100 disabled:border-slate-400 disabled:text-slate-600 dark:border-slate-300 dark:bg-slate-900 dark:text-slate-50 dark:hover:bg-slate-800 dark:disabled:text-slate-300',
} as const;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof VARIANTS;
}

/** The button look (at least 44 px tall, a visible focus ring, both colour schemes), also for a link that acts as the page's next step. */
export function buttonClassName(variant: keyof typeof VARIANTS = 'primary'): string {
  return `inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 disabled:cursor-not-allowed motion-reduce:transition-none dark:focus-visible:outline-sky-300 ${VARIANTS[variant]}`;
}

/** A button at least 44 px tall with a visible focus ring, in both colour schemes. */
export function Button({ variant = 'primary', className = '', type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={`${buttonClassName(variant)} ${className}`} {...props} />;
}
