'use client';

import { ScenarioPlayer, type ScenarioPlayerProps } from '@/components/player/scenario-player';
import { saveTrialHref, TrialEnding, type TrialEarnings } from './trial-ending';

/**
 * The public trial's player: plays locally (nothing saved) and ends with what it would have
 * earned and a sign-in link that carries the choices made, so the server can replay them into
 * the learner's attempt.
 */
export function TrialPlayer({
  earnings,
  ...props
}: Pick<ScenarioPlayerProps, 'definition' | 'content' | 'checkReply' | 'choiceSeed'> & { earnings: TrialEarnings }) {
  return (
    <ScenarioPlayer
      {...props}
      endingActions={(path) => (
        <TrialEnding
          earnings={earnings}
          signInHref={saveTrialHref({ scenarioId: props.definition.id, contentHash: props.definition.contentHash, choiceSeed: props.choiceSeed, path })}
          leavesReplyBehind={path.some((step) => step.event.type === 'COMPOSE')}
        />
      )}
    />
  );
}
