'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { resendInvitationAction, revokeInvitationAction } from './actions';

/** "Send again" and "Withdraw" for one pending invitation; plain form posts, so they work without JavaScript. */
export function InvitationControls({ practiceId, invitationId, email }: { practiceId: string; invitationId: string; email: string }) {
  const [resendState, resend, resending] = useActionState(resendInvitationAction, null);
  const [revokeState, revoke, revoking] = useActionState(revokeInvitationAction, null);
  const router = useRouter();
  // The list changes after either; without JavaScript the form post re-renders the page anyway.
  useEffect(() => {
    if (resendState?.ok || revokeState?.ok) router.refresh();
  }, [resendState, revokeState, router]);
  const busy = resending || revoking;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <form action={resend}>
          <input type="hidden" name="practiceId" value={practiceId} />
          <input type="hidden" name="invitationId" value={invitationId} />
          <Button type="submit" variant="secondary" disabled={busy}>
            Send again<span className="sr-only"> to {email}</span>
          </Button>
        </form>
        <form action={revoke}>
          <input type="hidden" name="practiceId" value={practiceId} />
          <input type="hidden" name="invitationId" value={invitationId} />
          <Button type="submit" variant="secondary" disabled={busy}>
            Withdraw<span className="sr-only"> the invitation to {email}</span>
          </Button>
        </form>
      </div>
      {resendState ? <FormMessage state={resendState} /> : null}
      {revokeState ? <FormMessage state={revokeState} /> : null}
    </div>
  );
}
