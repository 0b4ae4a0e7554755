'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { acceptInvitationAction, declineInvitationAction } from './actions';

/** Accept and Decline buttons for the invited, signed-in user. */
export function InvitationAnswer({ token }: { token: string }) {
  const [acceptState, accept, accepting] = useActionState(acceptInvitationAction, null);
  const [declineState, decline, declining] = useActionState(declineInvitationAction, null);
  // Declined: the buttons are gone and the message is the invitation's state, so it stays.
  if (declineState?.ok) return <FormMessage state={declineState} lasting />;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-3">
        <form action={accept}>
          <input type="hidden" name="token" value={token} />
          <button type="submit" disabled={accepting || declining} className="rounded bg-sky-800 px-4 py-2 font-medium text-white disabled:opacity-60">
            Accept
          </button>
        </form>
        <form action={decline}>
          <input type="hidden" name="token" value={token} />
          <button type="submit" disabled={accepting || declining} className="rounded border border-slate-400 px-4 py-2 font-medium disabled:opacity-60">
            Decline
          </button>
        </form>
      </div>
      <FormMessage state={acceptState} />
      {declineState ? <FormMessage state={declineState} /> : null}
    </div>
  );
}
