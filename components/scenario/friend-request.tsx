import { Avatar } from '@/components/ui/avatar';
import { countOf } from '@/lib/text/plural';
import { CARD, MUTED, type PlatformKind } from './platform-style';

export interface FriendRequestProps {
  from: string;
  mutual?: number;
  note?: string;
  kind: PlatformKind;
}

/**
 * A friend or connection request. The platform's own buttons are drawn as inert pictures
 * (not focusable, hidden from assistive tech, dashed and muted) so they are never mistaken for
 * the learner's decision, which is always the choice buttons below the scene.
 */
export function FriendRequest({ from, mutual, note, kind }: FriendRequestProps) {
  const professional = kind === 'professional';
  const what = professional ? 'Connection request' : 'Friend request';
  const accept = professional ? 'Accept' : 'Confirm';
  const decline = professional ? 'Ignore' : 'Delete';
  return (
    <article aria-label={`${what} from ${from}`} className={`${CARD} flex gap-3 p-3 sm:p-4`}>
      <Avatar name={from} size="lg" />
      <div className="min-w-0 flex-1 space-y-1">
        <p className={`text-sm ${MUTED}`}>{what}</p>
        <p className="font-semibold">{from}</p>
        {mutual !== undefined ? (
          <p className={`text-sm ${MUTED}`}>{countOf(mutual, professional ? 'mutual connection' : 'mutual friend')}</p>
        ) : null}
        {note ? <blockquote className="border-l-4 border-slate-300 pl-3 italic dark:border-slate-600">{note}</blockquote> : null}
        <div aria-hidden="true" className="flex flex-wrap gap-2 pt-2">
          {[accept, decline].map((label) => (
            <span
              key={label}
              className="select-none rounded-md border border-dashed border-slate-400 px-3 py-1 text-sm text-slate-700 dark:border-slate-500 dark:text-slate-200"
            >
              {label}
            </span>
          ))}
        </div>
      </div>
    </article>
  );
}
