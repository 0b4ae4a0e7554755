import 'server-only';
import { AppError } from '@/lib/errors';
import type { CheckResult, ScenarioDefinition } from '@/lib/scenario/definition';
import { teamCpdEarliestEnd, teamSessionCpd, type TeamCpdOffer } from '@/lib/team/team-minutes';
import type { TeamPosition } from '@/lib/team/team-position';
import { voteSpread, type VoteSpread } from '@/lib/team/vote-spread';
import { db } from '@/lib/server/db/client';
import { presentedSessionWhere } from './presented-session';
import { sessionStateOf, sessionStateSelect } from './session-state';

/** voting | revealed | feedback | ending, as stored on TeamSession.phase. */
export type TeamPhase = 'voting' | 'revealed' | 'feedback' | 'ending';

/** One decision the group took, for the feedback and the path at the end. */
export interface GroupDecision {
  round: number;
  sceneId: string;
  choiceId: string | null;
  composedText: string | null;
  checkResults: CheckResult[] | null;
  /** Null for a written reply. */
  spread: VoteSpread | null;
}

/** Everything the presenter's screen shows; votes only as counts, never who voted what. */
export interface PresenterView {
  sessionId: string;
  practiceName: string;
  definition: ScenarioDefinition;
  joinCode: string;
  phase: TeamPhase;
  /** The decision on screen: the one being voted on, or (feedback) the one just taken. */
  round: number;
  revision: number;
  startedAt: Date;
  endedAt: Date | null;
  /**
   * Once ended, whether the session ran long enough for participants to record it as team CPD
   * (teamSessionCpd; each participant's own minutes and conditions are on their phone). Null while it runs.
   */
  cpd: TeamCpdOffer | null;
  /** The earliest end that lets participants record it as team CPD (teamCpdEarliestEnd). */
  cpdEarliestEnd: Date;
  now: TeamPosition;
  participants: number;
  /** Votes cast on the open decision (voting, revealed). */
  votesCast: number;
  /** The spread of the open decision, once revealed. */
  spread: VoteSpread | null;
  decisions: GroupDecision[];
}

/**
 * The presenter's view of a team session; NOT_FOUND unless the actor is an owner or manager of
 * its practice. Read entirely from the database, so a reload (or another instance) resumes it.
 */
export async function getPresenterView(options: { actorId: string; practiceId: string; sessionId: string }): Promise<PresenterView> {
  const session = await db.teamSession.findFirst({
    where: presentedSessionWhere(options),
    select: {
      ...sessionStateSelect,
      joinCode: true,
      practice: { select: { name: true } },
      _count: { select: { participants: true } },
      decisions: { orderBy: { round: 'asc' }, select: { round: true, sceneId: true, choiceId: true, composedText: true, checkResultsJson: true, optionsShownJson: true, votesJson: true } },
    },
  });
  if (!session) throw new AppError('NOT_FOUND', 'There is no such team session.');
  const { definition, now, phase, open, round } = sessionStateOf(session);
  const votes = open ? await db.teamVote.findMany({ where: { sessionId: session.id, round }, select: { choiceId: true } }) : [];
  const spread = voteSpread(now.shown, votes.map((vote) => vote.choiceId));

  return {
    sessionId: session.id,
    practiceName: session.practice.name,
    definition,
    joinCode: session.joinCode,
    phase,
    round,
    revision: session.revision,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    cpd: session.endedAt ? teamSessionCpd(session.startedAt, session.endedAt) : null,
    cpdEarliestEnd: teamCpdEarliestEnd(session.startedAt),
    now,
    participants: session._count.participants,
    votesCast: spread.total,
    spread: phase === 'revealed' ? spread : null,
    decisions: session.decisions.map((decision) => ({
      round: decision.round,
      sceneId: decision.sceneId,
      choiceId: decision.choiceId,
      composedText: decision.composedText,
      checkResults: decision.checkResultsJson ? (JSON.parse(decision.checkResultsJson) as CheckResult[]) : null,
      spread: decision.votesJson ? spreadOf(JSON.parse(decision.optionsShownJson) as string[], JSON.parse(decision.votesJson) as Record<string, number>) : null,
    })),
  };
}

/** Rebuilds a stored spread (choice id → votes) in the order the choices were shown. */
function spreadOf(shown: string[], counts: Record<string, number>): VoteSpread {
  return voteSpread(shown, shown.flatMap((choiceId) => Array.from({ length: counts[choiceId] ?? 0 }, () => choiceId)));
}
