import 'server-only';
import { runComposeChecks } from '@/lib/scenario/compose-checks';
import type { CheckResult } from '@/lib/scenario/definition';
import { readTrialScenario } from './read-trial-scenario';

/**
 * Judges a written reply in the public "try a scenario" mode. Nothing is saved; the checks run
 * here because they are too large for the browser. Null when the scenario is not the trial
 * scenario or the scene asks for no written reply.
 */
export async function checkTrialReply(options: { scenarioId: string; sceneId: string; text: string }): Promise<CheckResult[] | null> {
  const definition = await readTrialScenario({ scenarioId: options.scenarioId });
  const scene = definition?.scenes.find((candidate) => candidate.id === options.sceneId);
  if (!scene || scene.decision.kind !== 'compose') return null;
  return runComposeChecks(options.text, scene.decision.compose);
}
