import type { ReactNode } from 'react';

/**
 * A list item of a status badge and a title: the badge keeps its own column and the title wraps
 * within the other, so a long title never runs back under the badge (at 375 px the completion
 * page's scenario titles wrapped under their "Done" badges, a user trial, issue 18). The badge
 * sits on the title's first line.
 */
export function BadgedItem({ badge, children }: { badge: ReactNode; children: ReactNode }) {
  return (
    <li className="grid grid-cols-[max-content_minmax(0,1fr)] items-baseline gap-x-3">
      {badge}
      <span className="min-w-0 break-words">{children}</span>
    </li>
  );
}
