import type { Metadata } from 'next';
import { TitledSection } from '@/components/ui/titled-section';
import { Button } from '@/components/ui/button';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { signOutEverywhere } from './actions';
import { DeleteAccountForm } from './delete-account-form';

export const metadata: Metadata = { title: 'Your account and data' };

export default async function AccountPage() {
  const user = await requirePageUser('/account');

  return (
    <div className="mx-auto max-w-xl space-y-10">
      <h1 className="text-3xl font-bold">Your account and data</h1>

      <TitledSection headingId="download" title="Download your data" className="space-y-3">
        <p>
          A JSON file with everything we hold about you: your profile, practice memberships, every scenario attempt and decision,
          reflections, feedback, certificates, external CPD and plans.
        </p>
        <a
          href="/account/export"
          download
          className="inline-flex min-h-11 items-center rounded-lg bg-slate-900 px-4 py-2 font-semibold text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900"
        >
          Download my data
        </a>
      </TitledSection>

      <TitledSection headingId="devices" title="Signed-in devices" className="space-y-3">
        <p>
          Signed in on a shared or lost computer? This signs you out on every device and browser, this one included. You stay signed in
          on a device until you sign out, or until it has not been used for a while.
        </p>
        <form action={signOutEverywhere}>
          <Button type="submit" variant="secondary">
            Sign out of all devices
          </Button>
        </form>
      </TitledSection>

      <TitledSection headingId="how-decisions-are-used" title="How your decisions are used" className="space-y-3">
        <p>
          To improve scenarios, Postwise administrators see how learners decide only in aggregate: counts and shares for each scene,
          option and ending, never a name, and never any figure drawn from fewer than 5 learners. What you write in replies and
          reflections is never shown there; only whether each check passed is counted. Administrators can also export decisions as
          xAPI statements for a learning record store, identified by an account number rather than your name or email.
        </p>
      </TitledSection>

      <TitledSection headingId="delete" title="Delete your account" className="space-y-3">
        <p>
          This signs you out everywhere and deletes your profile, progress, reflections and CPD records. It cannot be undone. Your
          certificates stay verifiable for employers and the GDC, with your name as printed on them; feedback you gave stays, without
          your name.
        </p>
        <DeleteAccountForm email={user.email} />
      </TitledSection>
    </div>
  );
}
