import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { staticContent } from '@/components/player/static-content';
import { renderScenario } from '@/components/scenario/render-scenario';
import { isAppError } from '@/lib/errors';
import { contentIdSchema } from '@/lib/forms/id-schema';
import { playerDefinition } from '@/lib/scenario/player-definition';
import { openAttempt } from '@/lib/server/attempts/open-attempt';
import { requirePageUser } from '@/lib/server/auth/require-page-user';
import { LearnerPlayer } from './learner-player';
import { Breadcrumb } from '@/components/ui/breadcrumb';

export const metadata: Metadata = { title: 'Scenario' };


export default async function ScenarioPage({ params }: { params: Promise<{ moduleId: string; scenarioId: string }> }) {
  const { moduleId, scenarioId } = await params;
  if (!contentIdSchema.safeParse(moduleId).success || !contentIdSchema.safeParse(scenarioId).success) notFound();
  const user = await requirePageUser(`/learn/${moduleId}/${scenarioId}`);
  const attempt = await openAttempt({ userId: user.id, moduleId, scenarioId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });

  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: '/learn', label: 'My learning' }]} />
      <h1 className="text-2xl font-bold sm:text-3xl">{attempt.definition.title}</h1>
      {/* Keyed by attempt and sequence so a refresh after a conflict remounts on the saved state. */}
      <LearnerPlayer
        key={`${attempt.attemptId}:${attempt.sequence}`}
        moduleId={moduleId}
        attemptId={attempt.attemptId}
        definition={playerDefinition(attempt.definition)}
        content={staticContent(renderScenario(attempt.definition))}
        snapshot={attempt.snapshot}
        sequence={attempt.sequence}
        choiceSeed={attempt.choiceSeed}
        feedbackPending={attempt.feedbackPending}
        path={attempt.path}
      />
    </div>
  );
}
