import type { Metadata } from 'next';
import Link from 'next/link';
import { normaliseJoinCode } from '@/lib/team/join-code';
import { getCurrentUser } from '@/lib/server/auth/get-current-user';
import { GUEST_NAME_MAX } from '@/lib/server/team/join-team-session';
import { JoinForm } from './join-form';

export const metadata: Metadata = { title: 'Join a team session', robots: { index: false } };

/** Staff join a team session from their phones: signed in, or as a guest with a first name. */
export default async function JoinTeamSessionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code } = await searchParams;
  const user = await getCurrentUser();
  const prefilled = typeof code === 'string' ? (normaliseJoinCode(code) ?? '') : '';
  const back = `/team${prefilled ? `?code=${prefilled}` : ''}`;
  return (
    <div className="flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">Join a team session</h1>
      {user ? (
        <p>
          You are joining as <strong className="break-all">{user.name ?? user.email}</strong>, so you can record the session in your CPD at the end.
          Your votes are never shown with your name.
        </p>
      ) : (
        <p>
          Join as a guest with your first name, or{' '}
          <Link href={`/sign-in?${new URLSearchParams({ callbackUrl: back })}`} className="text-sky-800 underline underline-offset-4 dark:text-sky-300">
            sign in
          </Link>{' '}
          to record the session in your CPD. Your votes are never shown with your name.
        </p>
      )}
      <JoinForm code={prefilled} asGuest={!user} nameMax={GUEST_NAME_MAX} />
    </div>
  );
}
