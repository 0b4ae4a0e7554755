'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { ScenarioPlayer } from '@/components/player/scenario-player';
import { recordDecisionOverHttp } from '@/components/player/record-on-server';
import type { PathStep } from '@/components/player/path-summary';
import type { RenderedScenario } from '@/components/scenario/render-scenario';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { markFeedbackReadAction, playAgain, recordActiveTimeAction } from './actions';

interface LearnerPlayerProps {
  moduleId: string;
  attemptId: string;
  definition: ScenarioDefinition;
  /** The scenario's content, rendered on the server (keeps the renderer out of the bundle). */
  content: RenderedScenario;
  snapshot: unknown;
  sequence: number;
  choiceSeed: number;
  feedbackPending: boolean;
  path: PathStep[];
}

/** The player bound to the signed-in learner's attempt: every decision is recorded on the server. */
export function LearnerPlayer({ moduleId, attemptId, definition, content, snapshot, sequence, choiceSeed, feedbackPending, path }: LearnerPlayerProps) {
  const router = useRouter();
  const recordDecision = useMemo(() => recordDecisionOverHttp(attemptId), [attemptId]);
  const feedbackRead = useCallback((sequence: number) => markFeedbackReadAction(attemptId, sequence), [attemptId]);
  const heartbeat = useCallback((seconds: number) => void recordActiveTimeAction(attemptId, seconds), [attemptId]);
  const restart = useCallback(async () => {
    const result = await playAgain(moduleId, definition.id);
    if (result.ok) router.refresh();
  }, [moduleId, definition.id, router]);

  return (
    <ScenarioPlayer
      definition={definition}
      content={content}
      initialSnapshot={snapshot}
      initialSequence={sequence}
      initialPath={path}
      choiceSeed={choiceSeed}
      feedbackPending={feedbackPending}
      recordDecision={recordDecision}
      onStale={() => router.refresh()}
      onRestart={() => void restart()}
      onHeartbeat={heartbeat}
      onFeedbackRead={feedbackRead}
      endingActions={
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/learn" className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300">
            Back to my learning
          </Link>
          <Link href={`/learn/${moduleId}/complete`} className="font-semibold text-sky-800 underline underline-offset-4 dark:text-sky-300">
            Module progress and certificate
          </Link>
        </p>
      }
    />
  );
}
