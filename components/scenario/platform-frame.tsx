import type { ReactNode } from 'react';
import type { Platform } from '@/lib/scenario/definition';
import { ACCENTS, PLATFORM_KIND, PLATFORM_KIND_LABEL } from './platform-style';

/**
 * The "screen" a scene's content sits in: a neutral app frame tinted by the kind of platform,
 * with a visible "Fictional scenario" label so no one takes the people or posts as real.
 */
export function PlatformFrame({ platform, children }: { platform: Platform; children: ReactNode }) {
  const kind = PLATFORM_KIND[platform];
  const accent = ACCENTS[kind];
  return (
    <div className={`min-w-0 overflow-hidden rounded-xl border border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-950`}>
      <div className={`flex flex-wrap items-center justify-between gap-2 border-b-2 px-3 py-1.5 text-sm ${accent.border} ${accent.surface}`}>
        <span className={`font-semibold ${accent.text}`}>{PLATFORM_KIND_LABEL[kind]}</span>
        <span className="rounded-full border border-slate-500 bg-white px-2 py-0.5 text-xs font-medium text-slate-800 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100">
          Fictional scenario
        </span>
      </div>
      <div className={`mx-auto space-y-4 p-2 sm:p-4 ${kind === 'chat' || kind === 'video' ? 'max-w-md' : 'max-w-2xl'}`}>{children}</div>
    </div>
  );
}
