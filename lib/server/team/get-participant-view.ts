import 'server-only';
import { AppError } from '@/lib/errors';
import { teamCpdOffer, teamSessionCpd, type TeamCpdOffer } from '@/lib/team/team-minutes';
import { db } from '@/lib/server/db/client';
import { findParticipant } from './find-participant';
import type { TeamPhase } from './get-presenter-view';
import { sessionStateOf, sessionStateSelect } from './session-state';
import { readTeamCpdClaim } from './team-cpd-claim';

/** The prompt every participant reflects on when the scenario has none of its own. */
export const DEFAULT_TEAM_REFLECTION_PROMPT = 'What will you, and the team, do differently after discussing this scenario together?';

/** What a phone shows: the open decision's choices and the participant's own vote, nothing of others'. */
export interface ParticipantView {
  sessionId: string;
  title: string;
  phase: TeamPhase;
  round: number;
  revision: number;
  ended: boolean;
  /** The open decision's choices in the session's order (empty unless voting on a choice). */
  choices: Array<{ id: string; label: string }>;
  /** True when the current scene asks for a written reply (the group agrees it aloud). */
  writtenReply: boolean;
  myVote: string | null;
  /** The choice the group went with, during its feedback. */
  groupChoice: string | null;
  /** The ending's title, once reached. */
  endingTitle: string | null;
  guest: boolean;
  reflectionPrompt: string;
  /**
   * Once ended, whether this participant can record it as team CPD and for how many minutes (their
   * own time, teamCpdOffer: the rule recordTeamCpd refuses by); for a guest, only whether the
   * session ran long enough. Null while it runs.
   */
  cpd: TeamCpdOffer | null;
  /** Minutes recorded in this user's CPD from this session, if they have. */
  recordedMinutes: number | null;
}

/**
 * A participant's view of a session; NOT_FOUND unless the signed-in user or the guest cookie's
 * token belongs to a participant of it.
 */
export async function getParticipantView(options: { sessionId: string; userId?: string | null; guestToken?: string | null }): Promise<ParticipantView> {
  const participant = await findParticipant(options);
  if (!participant) throw new AppError('NOT_FOUND', 'You have not joined this team session.');
  const session = await db.teamSession.findUniqueOrThrow({
    where: { id: options.sessionId },
    select: { ...sessionStateSelect, decisions: { orderBy: { round: 'desc' }, take: 1, select: { round: true, choiceId: true } } },
  });
  const {
    definition,
    now: { position, shown },
    phase,
    open,
    round,
  } = sessionStateOf(session);
  const scene = position.kind === 'scene' ? position.scene : undefined;
  const labels = new Map(scene?.decision.kind === 'choices' ? scene.decision.choices.map((choice) => [choice.id, choice.labelText]) : []);
  const vote = open ? await db.teamVote.findUnique({ where: { participantId_round: { participantId: participant.id, round } }, select: { choiceId: true } }) : null;
  const last = session.decisions[0];
  const lastChoiceLabel = last?.choiceId
    ? definition.scenes.flatMap((each) => (each.decision.kind === 'choices' ? each.decision.choices : [])).find((choice) => choice.id === last.choiceId)?.labelText ?? null
    : null;
  const recorded = participant.userId
    ? await db.teamCpdRecord.findUnique({ where: { sessionId_userId: { sessionId: session.id, userId: participant.userId } }, select: { minutes: true } })
    : null;

  return {
    sessionId: session.id,
    title: definition.title,
    phase,
    round,
    revision: session.revision,
    ended: session.endedAt !== null,
    choices: phase === 'voting' ? shown.map((id) => ({ id, label: labels.get(id) ?? id })) : [],
    writtenReply: scene?.decision.kind === 'compose',
    myVote: vote?.choiceId ?? null,
    groupChoice: phase === 'feedback' && last?.round === session.step ? lastChoiceLabel : null,
    endingTitle: position.kind === 'ending' ? (position.ending.title ?? null) : null,
    guest: participant.userId === null,
    reflectionPrompt: definition.reflection ?? DEFAULT_TEAM_REFLECTION_PROMPT,
    cpd: await cpdOffer(session, participant.userId),
    recordedMinutes: recorded?.minutes ?? null,
  };
}

/** The offer for the participant asking (see ParticipantView.cpd). */
async function cpdOffer(session: { id: string; startedAt: Date; endedAt: Date | null }, userId: string | null): Promise<TeamCpdOffer | null> {
  const { id, startedAt, endedAt } = session;
  if (!endedAt) return null;
  if (!userId) return teamSessionCpd(startedAt, endedAt);
  const claim = await readTeamCpdClaim(db, { userId, session: { id, startedAt, endedAt } });
  return claim ? teamCpdOffer(claim) : null;
}
