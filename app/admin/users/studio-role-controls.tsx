import { Button } from '@/components/ui/button';
import { formatShortDate } from '@/lib/cpd/plain-date';
import { studioRoles } from '@/lib/permissions';
import type { HeldStudioRole } from '@/lib/server/studio/list-studio-roles';
import { setStudioRole } from './actions';

/** The studio roles a user holds (who granted each, when) and a button to grant or remove each. */
export function StudioRoleControls({ user, held, search }: { user: { id: string; email: string }; held: readonly HeldStudioRole[]; search: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      {studioRoles.map((role) => {
        const grant = held.find((entry) => entry.role === role);
        return (
          <form key={role} action={setStudioRole} className="flex flex-col gap-1">
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="role" value={role} />
            <input type="hidden" name="granted" value={grant ? 'false' : 'true'} />
            <input type="hidden" name="search" value={search} />
            <Button type="submit" variant="secondary" aria-label={`${grant ? 'Remove' : 'Make'} ${role}: ${user.email}`}>
              {grant ? `Remove ${role}` : `Make ${role}`}
            </Button>
            {grant ? (
              <span className="text-xs text-slate-700 dark:text-slate-300">
                {role} since {formatShortDate(grant.grantedAt)}
                {grant.grantedBy ? ` by ${grant.grantedBy}` : ''}
              </span>
            ) : null}
          </form>
        );
      })}
    </div>
  );
}
