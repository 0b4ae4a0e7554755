import 'server-only';
import { AppError } from '@/lib/errors';
import { applyDecision } from '@/lib/play/apply-decision';
import type { PlayEvent } from '@/lib/scenario/definition';
import { loadDefinition } from './read-definition';

/**
 * One decision, a learner's (recordDecision) or a team's (takeGroupDecision), replayed on the server:
 * the scenario machine of published version `scenarioVersionId` run on the stored snapshot with
 * `event`, so the next scene and the ending are the machine's, never the browser's. Returns the
 * outcome, the ending reached (if any) and the decision's columns as both decision tables store
 * them. Nothing is written. Throws VALIDATION with the machine's reason when `event` is not
 * possible there. Costs what the two did inline: the definition comes from memory after its first load.
 */
export async function replayDecision(options: { scenarioVersionId: string; snapshotJson: string; choiceSeed: number; event: PlayEvent }) {
  const { event } = options;
  const definition = await loadDefinition(options.scenarioVersionId);
  const outcome = applyDecision({ definition, snapshot: JSON.parse(options.snapshotJson), event, choiceSeed: options.choiceSeed });
  if (!outcome.ok) throw new AppError('VALIDATION', outcome.message);
  const ending = outcome.position.kind === 'ending' ? outcome.position.ending : undefined;
  const stored = {
    sceneId: outcome.sceneId,
    kind: event.type === 'COMPOSE' ? 'compose' : 'choice',
    optionsShownJson: JSON.stringify(outcome.optionsShown),
    choiceId: event.type === 'CHOOSE' ? event.choiceId : null,
    composedText: event.type === 'COMPOSE' ? event.text : null,
    checkResultsJson: outcome.checkResults ? JSON.stringify(outcome.checkResults) : null,
  };
  return { outcome, ending, stored };
}
