import 'server-only';
import type { ScenarioDefinition } from '@/lib/scenario/definition';
import { teamPosition, type TeamPosition } from '@/lib/team/team-position';
import { readDefinition } from '@/lib/server/attempts/read-definition';
import type { Prisma } from '@/lib/server/db/client';
import type { TeamPhase } from './get-presenter-view';

/**
 * What every screen of a team session reads to know where the group stands: its phase and step,
 * the stored snapshot and choice seed, when it started and ended, and the scenario version it plays.
 * The presenter's and the participants' views add what only they show to this selection.
 */
export const sessionStateSelect = {
  id: true,
  phase: true,
  step: true,
  revision: true,
  snapshotJson: true,
  choiceSeed: true,
  startedAt: true,
  endedAt: true,
  scenarioVersion: { select: { id: true, definitionJson: true } },
} as const satisfies Prisma.TeamSessionSelect;

/** Where a session stands, as every screen shows it. */
export interface SessionState {
  definition: ScenarioDefinition;
  /** The group's place in the scenario and the choices on screen (teamPosition). */
  now: TeamPosition;
  phase: TeamPhase;
  /** True while a decision is open to votes or its votes are shown (voting, revealed). */
  open: boolean;
  /**
   * The decision on screen, 1 for the first: the one being voted on while open (the session's
   * step + 1, as TeamVote.round records it), otherwise the one the group just took (step).
   */
  round: number;
}

/** Reads a session row selected with sessionStateSelect into where the group stands (SessionState). */
export function sessionStateOf(session: {
  phase: string;
  step: number;
  snapshotJson: string;
  choiceSeed: number;
  scenarioVersion: { id: string; definitionJson: string };
}): SessionState {
  const definition = readDefinition(session.scenarioVersion);
  const phase = session.phase as TeamPhase;
  const open = phase === 'voting' || phase === 'revealed';
  return {
    definition,
    now: teamPosition(definition, session.snapshotJson, session.choiceSeed),
    phase,
    open,
    round: open ? session.step + 1 : session.step,
  };
}
