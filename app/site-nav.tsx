import Link from 'next/link';
import { can } from '@/lib/permissions';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { signOutUser } from './sign-in/actions';

const linkClass = 'text-slate-700 underline-offset-4 hover:underline dark:text-slate-200';

/** The account end of the main navigation: sign in, or the user's name, admin link and sign out. */
export async function SiteNav() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Link href="/sign-in" className={`ml-auto ${linkClass}`}>
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex flex-1 flex-wrap items-center gap-x-6 gap-y-2">
      <Link href="/cpd" className={linkClass}>
        CPD record
      </Link>
      <Link href="/practice" className={linkClass}>
        {user.memberships.some((membership) => membership.role !== 'member') ? 'My practices' : 'Practices'}
      </Link>
      {user.organisations.length > 0 || user.memberships.some((membership) => membership.role === 'owner') ? (
        <Link href="/organisations" className={linkClass}>
          Groups
        </Link>
      ) : null}
      <span className="ml-auto" aria-hidden="true" />
      {can(user, 'studio.view') ? (
        <Link href="/studio" className={linkClass}>
          Studio
        </Link>
      ) : null}
      {can(user, 'admin.view') ? (
        <Link href="/admin" className={linkClass}>
          Admin
        </Link>
      ) : null}
      <Link href="/profile" className={linkClass}>
        <span className="sr-only">Your profile: </span>
        {user.certificateName ?? user.name ?? user.email}
      </Link>
      <Link href="/account" className={linkClass}>
        Your data
      </Link>
      <form action={signOutUser}>
        <button type="submit" className={`min-h-11 ${linkClass}`}>
          Sign out
        </button>
      </form>
    </div>
  );
}
