import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { renderScenario } from '@/components/scenario/render-scenario';
import { newChoiceSeed } from '@/lib/play/choice-order';
import { playerDefinition } from '@/lib/scenario/player-definition';
import { findScenarioModuleId } from '@/lib/server/catalogue/find-scenario-module-id';
import { readTrialScenario } from '@/lib/server/catalogue/read-trial-scenario';
import { checkReply } from './actions';
import { TrialPlayer } from './trial-player';
import { describeOutcomes } from '@/lib/cpd/development-outcomes';

export const metadata: Metadata = { title: 'Try a scenario' };

/** Public: plays one published scenario in the browser without saving anything. */
export default async function TryScenarioPage({ params }: { params: Promise<{ scenarioId: string }> }) {
  const { scenarioId } = await params;
  const definition = await readTrialScenario({ scenarioId });
  if (!definition) notFound();
  const moduleId = await findScenarioModuleId({ scenarioId: definition.id });
  const learnPath = moduleId ? `/learn/${moduleId}/${definition.id}` : '/learn';

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{definition.title}</h1>
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          You are trying a scenario: nothing is saved and it does not count towards CPD.{' '}
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(learnPath)}`} className="font-semibold underline underline-offset-4">
            Sign in
          </Link>{' '}
          to save your progress and earn a certificate.
        </p>
      </div>
      {/* A new order of the choices on each visit, as for a learner's attempt. */}
      <TrialPlayer
        definition={playerDefinition(definition)}
        content={renderScenario(definition)}
        checkReply={checkReply.bind(null, definition.id)}
        choiceSeed={newChoiceSeed()}
        earnings={{ minutes: definition.minutes, outcomes: describeOutcomes(definition.outcomes) }}
      />
    </div>
  );
}
