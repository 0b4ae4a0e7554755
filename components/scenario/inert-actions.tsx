import type { ReactNode } from 'react';
import { COMMENT_GLYPH, HEART_GLYPH, SHARE_GLYPH, Icon } from '@/components/ui/icon';

const LABEL_ICON: Record<string, ReactNode> = { Like: HEART_GLYPH, Comment: COMMENT_GLYPH, Share: SHARE_GLYPH, Repost: SHARE_GLYPH, Send: SHARE_GLYPH };

/**
 * A platform's own action row (Like · Comment · Share, or a photo app's icons), drawn as a
 * picture: hidden from assistive technology and never focusable, so it is not mistaken for the
 * learner's decision, which is always the choice buttons below the scene.
 */
export function InertActions({ labels, icons }: { labels?: readonly string[]; icons?: readonly ReactNode[] }) {
  return (
    <div aria-hidden="true" className="flex select-none items-center justify-around gap-2 border-t border-slate-200 px-2 py-1.5 text-sm font-semibold text-slate-600 dark:border-slate-700 dark:text-slate-300">
      {labels?.map((label) => (
        <span key={label} className="inline-flex items-center gap-1.5 py-1">
          <Icon glyph={LABEL_ICON[label] ?? SHARE_GLYPH} className="size-4" />
          {label}
        </span>
      ))}
      {icons ? (
        <span className="flex flex-1 items-center gap-4 py-1 text-slate-900 dark:text-slate-50">
          {icons.map((glyph, index) => (
            <Icon key={index} glyph={glyph} className="size-6" />
          ))}
        </span>
      ) : null}
    </div>
  );
}
