import { createActor, type Snapshot } from 'xstate';
import { composePasses } from '@/lib/scenario/compose-checks';
import type { PlayContext, ScenarioDefinition } from '@/lib/scenario/definition';
import { playPosition, toMachine, visibleChoices, type PlayPosition } from '@/lib/scenario/runtime/machine';
import { orderChoices } from '@/lib/play/choice-order';

/** Where a team session's group stands, read from its stored snapshot. */
export interface TeamPosition {
  position: PlayPosition;
  /** Flags and counters, for the scene's `Show` blocks and the visible choices. */
  context: PlayContext;
  /** The choice ids on every screen, in the session's order (empty for a written reply or an ending). */
  shown: string[];
}

/**
 * Reads a stored snapshot with the scenario runtime the attempts use (lib/scenario/runtime), and
 * orders the visible choices by the session's seed (lib/play/choice-order), so the presenter's
 * screen, every phone and the server's check of a vote agree on the same list.
 */
export function teamPosition(definition: ScenarioDefinition, snapshotJson: string, choiceSeed: number): TeamPosition {
  const actor = createActor(toMachine(definition, composePasses), { snapshot: JSON.parse(snapshotJson) as Snapshot<unknown> }).start();
  try {
    const snapshot = actor.getSnapshot();
    const position = playPosition(definition, snapshot);
    const shown =
      position.kind === 'scene'
        ? orderChoices(visibleChoices(position.scene, snapshot.context), { seed: choiceSeed, sceneId: position.scene.id }).map((choice) => choice.id)
        : [];
    return { position, context: snapshot.context, shown };
  } finally {
    actor.stop();
  }
}
