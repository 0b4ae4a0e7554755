'use client';

import { ChooseOption } from '@/components/ui/choose-option';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/input-class';
import { inviteMemberAction } from './actions';
import { PracticeActionForm } from './practice-action-form';

/** Invites a member of staff by email; owners may also invite managers, and then choose the role. */
export function InviteForm({ practiceId, canInviteManagers }: { practiceId: string; canInviteManagers: boolean }) {
  return (
    <PracticeActionForm action={inviteMemberAction} practiceId={practiceId} submitLabel="Send invitation">
      <FormField id="invite-email" label="Email address">
        {(control) => <input {...control} name="email" type="email" required autoComplete="off" className={inputClass} />}
      </FormField>
      {canInviteManagers ? (
        <FormField id="invite-role" label="Role">
          {(control) => (
            <select {...control} name="role" required defaultValue="" className={inputClass}>
              <ChooseOption>Choose a role</ChooseOption>
              <option value="member">Member</option>
              <option value="manager">Manager (can see progress and invite members)</option>
            </select>
          )}
        </FormField>
      ) : (
        <input type="hidden" name="role" value="member" />
      )}
    </PracticeActionForm>
  );
}
