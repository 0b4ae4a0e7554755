import Link from 'next/link';
import type { ReactNode } from 'react';
import { PhoneMenu } from '@/components/ui/phone-menu';
import { can } from '@/lib/permissions';
import { getCurrentUser, type CurrentUser } from '@/lib/server/auth/get-current-user';
import { signOutUser } from './sign-in/actions';

// `whitespace-nowrap`: a link's words never split across two header lines (issue 18: "Sign in").
const linkClass = 'whitespace-nowrap text-slate-700 underline-offset-4 hover:underline dark:text-slate-200';

/** One navigation link; `end` starts the group pushed to the right edge on a wide screen. */
interface NavLink {
  href: string;
  text: ReactNode;
  end?: boolean;
}

/**
 * The navigation's links, written once for both layouts: "My learning" and the library for
 * everyone (a user trial found no way back to the library from any page but the home page, issue
 * 18); for a signed-in user also the CPD record, practices, groups, studio, admin, profile and data.
 */
function navLinks(user: CurrentUser | null): NavLink[] {
  const everyone: NavLink[] = [
    { href: '/learn', text: 'My learning' },
    { href: '/library', text: 'Library' },
  ];
  if (!user) return everyone;
  const managesOrOwns = user.memberships.some((membership) => membership.role !== 'member');
  const inGroups = user.organisations.length > 0 || user.memberships.some((membership) => membership.role === 'owner');
  const account: NavLink[] = [
    ...(can(user, 'studio.view') ? [{ href: '/studio', text: 'Studio' }] : []),
    ...(can(user, 'admin.view') ? [{ href: '/admin', text: 'Admin' }] : []),
    {
      href: '/profile',
      text: (
        <>
          <span className="sr-only">Your profile: </span>
          {user.certificateName ?? user.name ?? user.email}
        </>
      ),
    },
    { href: '/account', text: 'Your data' },
  ];
  return [
    ...everyone,
    { href: '/cpd', text: 'CPD record' },
    { href: '/practice', text: managesOrOwns ? 'My practices' : 'Practices' },
    ...(inGroups ? [{ href: '/organisations', text: 'Groups' }] : []),
    ...account.map((link, index) => (index === 0 ? { ...link, end: true } : link)),
  ];
}

/** The links as one list's items, for either layout. */
function NavItems({ links }: { links: NavLink[] }) {
  return links.map((link) => (
    <Link key={link.href} href={link.href} className={`${link.end ? 'md:ml-auto ' : ''}${linkClass}`}>
      {link.text}
    </Link>
  ));
}

/**
 * The main navigation after the brand, from one list of links (`navLinks`). From `md` up the links
 * sit inline; below it they collapse behind one Menu button, because inline they stacked into a
 * header ~230 px tall of a 667 px phone screen (issue 18), and signed out "Sign in" wrapped to a
 * second line at 375 px. Signed out, "Sign in" stays beside the Menu button, one tap away; signed
 * in, "Sign out" ends the menu. Both layouts are rendered and one is `display: none` at each width,
 * so neither needs JavaScript.
 */
export async function SiteNav() {
  const user = await getCurrentUser();
  const links = <NavItems links={navLinks(user)} />;
  const signIn = (
    <Link href="/sign-in" className={linkClass}>
      Sign in
    </Link>
  );
  const signOut = user ? (
    <form action={signOutUser}>
      <button type="submit" className={`min-h-11 ${linkClass}`}>
        Sign out
      </button>
    </form>
  ) : null;
  return (
    <>
      <div className="hidden flex-1 flex-wrap items-center gap-x-6 gap-y-2 md:flex">
        {links}
        {signOut ?? <span className="ml-auto">{signIn}</span>}
      </div>
      <div className="ml-auto flex items-center gap-x-4 md:hidden">
        <PhoneMenu>
          {links}
          {signOut}
        </PhoneMenu>
        {user ? null : signIn}
      </div>
    </>
  );
}
