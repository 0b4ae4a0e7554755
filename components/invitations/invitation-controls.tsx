'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmCheckbox } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { StateForm } from '@/components/ui/state-form';
import type { FormState } from '@/lib/forms/form-state';

type InvitationAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * "Send again" and "Withdraw" for one pending invitation, of a practice or a group: `scope` is the
 * hidden field naming where it belongs (practiceId or organisationId), `resend` and `revoke` the
 * server actions that take it with invitationId (and the tick). Plain form posts, so they work without
 * JavaScript. Withdrawing takes a required tick that says what happens, as removing a member or
 * revoking a certificate does: a trial user withdrew one with a single click and no confirmation.
 * Once withdrawn, the row keeps its confirmation (its live region stays in place and is filled)
 * instead of the list being refreshed under it, which removed the row and its message at once;
 * and keeps it when another form answers later, as it is the row's state, not news.
 */
export function InvitationControls({
  scope,
  invitationId,
  email,
  resend: resendAction,
  revoke: revokeAction,
}: {
  scope: { name: 'practiceId' | 'organisationId'; value: string };
  invitationId: string;
  email: string;
  resend: InvitationAction;
  revoke: InvitationAction;
}) {
  const [resendState, resend, resending] = useActionState(resendAction, null);
  const [revokeState, revoke, revoking] = useActionState(revokeAction, null);
  const router = useRouter();
  // The list changes after either; without JavaScript the form post re-renders the page anyway.
  useEffect(() => {
    if (resendState?.ok) router.refresh();
  }, [resendState, router]);
  const busy = resending || revoking;
  const withdrawn = revokeState?.ok === true;
  return (
    <div className="flex flex-col gap-2">
      {withdrawn ? null : (
        <form action={resend}>
          <input type="hidden" name={scope.name} value={scope.value} />
          <input type="hidden" name="invitationId" value={invitationId} />
          <Button type="submit" variant="secondary" disabled={busy}>
            Send again<span className="sr-only"> to {email}</span>
          </Button>
        </form>
      )}
      {resendState && !withdrawn ? <FormMessage state={resendState} /> : null}
      <StateForm state={revokeState} action={revoke} lastingConfirmation className="flex flex-col gap-2">
        {withdrawn ? null : (
          <>
            <input type="hidden" name={scope.name} value={scope.value} />
            <input type="hidden" name="invitationId" value={invitationId} />
            <ConfirmCheckbox id={`withdraw-${invitationId}-confirm`} className="text-sm">
              Yes, withdraw the invitation to {email}: its link stops working.
            </ConfirmCheckbox>
            <Button type="submit" variant="secondary" disabled={busy} className="self-start">
              Withdraw<span className="sr-only"> the invitation to {email}</span>
            </Button>
          </>
        )}
      </StateForm>
    </div>
  );
}
