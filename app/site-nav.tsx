import Link from 'next/link';
import { PhoneMenu } from '@/components/ui/phone-menu';
import { can } from '@/lib/permissions';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { signOutUser } from './sign-in/actions';

const linkClass = 'text-slate-700 underline-offset-4 hover:underline dark:text-slate-200';

/**
 * The main navigation after the brand: "My learning", the library and sign in for a visitor; for a
 * signed-in user up to ten links (learning, library, CPD, practices, groups, studio, admin,
 * profile, data, sign out). The library is linked for everyone: a user trial found no way back to
 * it from any page but the home page (issue 18).
 * From `md` up they sit inline; below it they collapse behind one Menu button, because inline they
 * stacked into a header ~230 px tall of a 667 px phone screen on every page (issue 18). Both lists
 * are rendered and one is `display: none` at each width, so neither needs JavaScript.
 */
export async function SiteNav() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <>
        <Link href="/learn" className={linkClass}>
          My learning
        </Link>
        <Link href="/library" className={linkClass}>
          Library
        </Link>
        <Link href="/sign-in" className={`ml-auto ${linkClass}`}>
          Sign in
        </Link>
      </>
    );
  }
  const learning = (
    <>
      <Link href="/learn" className={linkClass}>
        My learning
      </Link>
      <Link href="/library" className={linkClass}>
        Library
      </Link>
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
    </>
  );
  const account = (
    <>
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
    </>
  );
  return (
    <>
      <div className="hidden flex-1 flex-wrap items-center gap-x-6 gap-y-2 md:flex">
        {learning}
        <span className="ml-auto" aria-hidden="true" />
        {account}
      </div>
      <PhoneMenu className="ml-auto md:hidden">
        {learning}
        {account}
      </PhoneMenu>
    </>
  );
}
