'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { FieldError, FormMessage } from '@/components/ui/form-message';
import { inviteMemberAction } from './actions';
import { useKeptInput } from '@/components/ui/use-kept-input';

/** Invites a member of staff by email; owners may also invite managers. */
export function InviteForm({ practiceId, canInviteManagers }: { practiceId: string; canInviteManagers: boolean }) {
  const [state, action, pending] = useActionState(inviteMemberAction, null);
  const kept = useKeptInput(state, action);
  const invalid = Boolean(state && !state.ok && state.fieldErrors?.email);
  const router = useRouter();
  // List the new invitation under "Waiting for an answer"; without JavaScript the form post re-renders the page anyway.
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form {...kept} className="flex flex-col gap-3">
      <input type="hidden" name="practiceId" value={practiceId} />
      <label htmlFor="invite-email" className="font-medium">
        Email address
      </label>
      <input
        id="invite-email"
        name="email"
        type="email"
        required
        autoComplete="off"
        aria-invalid={invalid}
        aria-describedby={invalid ? 'invite-email-error' : undefined}
        className="rounded border border-slate-400 px-3 py-2"
      />
      <FieldError state={state} field="email" id="invite-email-error" />
      {canInviteManagers ? (
        <>
          <label htmlFor="invite-role" className="font-medium">
            Role
          </label>
          <select id="invite-role" name="role" defaultValue="member" className="rounded border border-slate-400 px-3 py-2">
            <option value="member">Member</option>
            <option value="manager">Manager (can see progress and invite members)</option>
          </select>
        </>
      ) : (
        <input type="hidden" name="role" value="member" />
      )}
      <button type="submit" disabled={pending} className="self-start rounded bg-sky-800 px-4 py-2 font-medium text-white disabled:opacity-60">
        Send invitation
      </button>
      <FormMessage state={state} />
    </form>
  );
}
