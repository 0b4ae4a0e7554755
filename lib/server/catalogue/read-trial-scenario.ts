import 'server-only';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { db } from '@/lib/server/db/client';
import { readDefinition } from '@/lib/server/attempts/read-definition';
import { findTrialScenarioId } from './find-trial-scenario-id';

/**
 * The newest published version of the trial scenario, for the public "try a scenario" mode.
 * Only that one scenario is public: any other id gives null, so visitors cannot play the
 * whole library without signing in.
 */
export async function readTrialScenario(options: { scenarioId: string }): Promise<ScenarioDefinition | null> {
  const trialId = await findTrialScenarioId();
  if (trialId === null || options.scenarioId !== trialId) return null;
  const version = await db.scenarioVersion.findFirst({
    where: { scenarioId: trialId },
    orderBy: { publishedAt: 'desc' },
    select: { id: true, definitionJson: true },
  });
  return version ? readDefinition(version) : null;
}
