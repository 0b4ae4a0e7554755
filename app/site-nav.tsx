import Link from 'next/link';
import type { ReactNode } from 'react';
import { PhoneMenu } from '@/components/ui/phone-menu';
import { can } from '@/lib/permissions';
import { getCurrentUser, type CurrentUser } from '@/lib/server/auth/get-current-user';
import { signOutUser } from './sign-in/actions';

// `whitespace-nowrap`: a link's words never split across two header lines (issue 18: "Sign in").
const linkClass = 'whitespace-nowrap text-slate-700 underline-offset-4 hover:underline dark:text-slate-200';

/**
 * One navigation link; `end` starts the group pushed to the right edge on a wide screen, `wideOnly`
 * hides it below `md` where the signed-out header has no menu.
 */
interface NavLink {
  href: string;
  text: ReactNode;
  end?: boolean;
  wideOnly?: boolean;
}

/**
 * The navigation's links, written once for both layouts: "My learning" and the library for
 * everyone (a user trial found no way back to the library from any page but the home page, issue
 * 18); for a signed-in user also the CPD record, practices, groups, studio, admin, profile and data.
 */
function navLinks(user: CurrentUser | null): NavLink[] {
  // Signed out, "My learning" only leads to signing in, which "Sign in" beside it already does: on a
  // phone it gives way so the library, the one page a visitor can use, and "Sign in" fit one line.
  if (!user) return [{ href: '/learn', text: 'My learning', wideOnly: true }, { href: '/library', text: 'Library' }];
  const everyone: NavLink[] = [
    { href: '/learn', text: 'My learning' },
    { href: '/library', text: 'Library' },
  ];
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
    <Link key={link.href} href={link.href} className={`${link.end ? 'md:ml-auto ' : ''}${link.wideOnly ? 'hidden md:inline ' : ''}${linkClass}`}>
      {link.text}
    </Link>
  ));
}

/**
 * The main navigation after the brand, from one list of links (`navLinks`). Signed in, from `md` up
 * the links sit inline and below it they collapse behind one Menu button, because inline they
 * stacked into a header ~230 px tall of a 667 px phone screen (issue 18); "Sign out" ends the menu.
 * Signed out there are few enough to stay inline on a phone, with "Sign in" last; none wraps
 * (signed out at 375 px "Sign in" wrapped to a second line, issue 18). Both signed-in layouts are
 * rendered and one is `display: none` at each width, so neither needs JavaScript.
 */
export async function SiteNav() {
  const user = await getCurrentUser();
  const links = <NavItems links={navLinks(user)} />;
  if (!user) {
    return (
      <div className="flex flex-1 items-center gap-x-6">
        {links}
        <Link href="/sign-in" className={`ml-auto ${linkClass}`}>
          Sign in
        </Link>
      </div>
    );
  }
  const signOut = (
    <form action={signOutUser}>
      <button type="submit" className={`min-h-11 ${linkClass}`}>
        Sign out
      </button>
    </form>
  );
  return (
    <>
      <div className="hidden flex-1 flex-wrap items-center gap-x-6 gap-y-2 md:flex">
        {links}
        {signOut}
      </div>
      <PhoneMenu className="ml-auto md:hidden">
        {links}
        {signOut}
      </PhoneMenu>
    </>
  );
}
