import 'server-only';
import type { CheckResult, PlayEvent, ScenarioDefinition } from '@/lib/scenario/definition';
import { loadDefinition } from './read-definition';

/** What the player page needs to show an attempt exactly where the learner left it. */
export interface AttemptView {
  attemptId: string;
  status: 'in-progress' | 'completed';
  sequence: number;
  /**
   * The feedback on the last decision was still on screen (the learner has not pressed Continue
   * since it was saved), so a reopened page shows it again before the next scene. Once the attempt
   * has ended, the ending's path shows every decision's feedback instead.
   */
  feedbackPending: boolean;
  /** Seeds the order of each scene's choices (see orderChoices). */
  choiceSeed: number;
  snapshot: unknown;
  definition: ScenarioDefinition;
  path: Array<{ sceneId: string; event: PlayEvent; optionsShown: string[]; checkResults?: CheckResult[] }>;
}

export const attemptViewSelect = {
  id: true,
  status: true,
  sequence: true,
  choiceSeed: true,
  feedbackReadSequence: true,
  snapshotJson: true,
  // The definition itself comes from loadDefinition's cache: published versions never change.
  scenarioVersion: { select: { id: true } },
  events: {
    orderBy: { sequence: 'asc' },
    select: { sceneId: true, kind: true, choiceId: true, composedText: true, optionsShownJson: true, checkResultsJson: true },
  },
} as const;

/** An attempt row as `attemptViewSelect` reads it. */
interface StoredAttempt {
  id: string;
  status: string;
  sequence: number;
  choiceSeed: number;
  feedbackReadSequence: number;
  snapshotJson: string;
  scenarioVersion: { id: string };
  events: Array<{ sceneId: string; kind: string; choiceId: string | null; composedText: string | null; optionsShownJson: string; checkResultsJson: string | null }>;
}

/** Turns a stored attempt (selected with attemptViewSelect) into the player's view of it. */
export async function toAttemptView(attempt: StoredAttempt): Promise<AttemptView> {
  const definition = await loadDefinition(attempt.scenarioVersion.id);
  return {
    attemptId: attempt.id,
    status: attempt.status === 'completed' ? 'completed' : 'in-progress',
    sequence: attempt.sequence,
    choiceSeed: attempt.choiceSeed,
    feedbackPending: attempt.status !== 'completed' && attempt.sequence > 0 && attempt.feedbackReadSequence < attempt.sequence,
    snapshot: JSON.parse(attempt.snapshotJson) as unknown,
    definition,
    path: attempt.events.map((event) => ({
      sceneId: event.sceneId,
      event: event.kind === 'compose' ? { type: 'COMPOSE', text: event.composedText ?? '' } : { type: 'CHOOSE', choiceId: event.choiceId ?? '' },
      optionsShown: JSON.parse(event.optionsShownJson) as string[],
      ...(event.checkResultsJson ? { checkResults: JSON.parse(event.checkResultsJson) as CheckResult[] } : {}),
    })),
  };
}
