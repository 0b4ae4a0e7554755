import type { Metadata } from 'next';
import Link from 'next/link';
import { TitledSection } from '@/components/ui/titled-section';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { listPractices } from '@/lib/server/practices/list-practices';
import { can } from '@/lib/permissions';
import { CreatePracticeForm } from './create-practice-form';

export const metadata: Metadata = { title: 'Your practices' };

const roleLabels = { owner: 'Owner', manager: 'Manager', member: 'Member' } as const;

export default async function PracticesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/practice');
  const [practices, params] = await Promise.all([listPractices({ userId: user.id }), searchParams]);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">Your practices</h1>
      {params.joined ? <p role="status">You have joined the practice.</p> : null}
      {practices.length === 0 ? (
        <p>You do not belong to a practice yet. Accept an invitation from your practice, or create one below.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {practices.map((practice) => (
            <li key={practice.id} className="flex flex-wrap items-baseline gap-3">
              {can(user, 'practice.view-progress', { practiceId: practice.id }) ? (
                <Link href={`/practice/${practice.id}`} className="font-medium text-sky-800 underline dark:text-sky-300">
                  {practice.name}
                </Link>
              ) : (
                <span className="font-medium">{practice.name}</span>
              )}
              <span className="text-sm text-slate-700 dark:text-slate-300">{roleLabels[practice.role]}</span>
            </li>
          ))}
        </ul>
      )}
      <TitledSection headingId="create-practice" title="Create a practice" className="flex max-w-md flex-col gap-3">
        <p className="text-sm text-slate-700 dark:text-slate-300">You become its owner: you can invite staff, assign modules and follow their progress.</p>
        <CreatePracticeForm />
      </TitledSection>
    </div>
  );
}
