'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/forms/form-state';

type AnswerAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Accept and Decline buttons for the invited, signed-in user; the server actions answer a practice or a group invitation. */
export function InvitationAnswer({ token, accept: acceptAction, decline: declineAction }: { token: string; accept: AnswerAction; decline: AnswerAction }) {
  const [acceptState, accept, accepting] = useActionState(acceptAction, null);
  const [declineState, decline, declining] = useActionState(declineAction, null);
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
