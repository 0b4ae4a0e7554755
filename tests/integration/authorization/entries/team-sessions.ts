import type { Database } from '@/lib/server/db/create-client';
import { startTeamSession } from '@/lib/server/team/start-team-session';
import { teamPosition } from '@/lib/team/team-position';
import { publishTeamScenario } from '@/tests/integration/team/fixtures';
import { everyone, practiceOwners, request, routeParams, type CellContext, type MatrixEntries } from '../support/matrix';
import { formData } from '../support/personas';

/**
 * A running team session of `world.practiceId` (started by its owner) that the world's learner has
 * joined, at `phase` on its first decision; `ended` also ends it after a 30-minute run to an ending.
 */
async function teamSession({ db, world }: CellContext, options: { phase?: 'voting' | 'revealed' | 'feedback'; ended?: boolean } = {}) {
  const { definition, scenarioId } = await publishTeamScenario(db);
  const startedAt = new Date(Date.now() - 30 * 60_000);
  const { sessionId, joinCode } = await startTeamSession({ actorId: world.users.owner.id, practiceId: world.practiceId, scenarioId, now: startedAt });
  await db.teamParticipant.create({ data: { sessionId, userId: world.users.learner.id } });
  const session = await db.teamSession.findUniqueOrThrow({ where: { id: sessionId }, select: { snapshotJson: true, choiceSeed: true } });
  const { shown } = teamPosition(definition, session.snapshotJson, session.choiceSeed);
  const choiceId = shown[0] as string;
  if (options.phase === 'feedback') {
    await db.teamSession.update({ where: { id: sessionId }, data: { phase: 'feedback', step: 1 } });
  } else if (options.phase) {
    await db.teamSession.update({ where: { id: sessionId }, data: { phase: options.phase } });
  }
  if (options.ended) await endedAtAnEnding(db, sessionId, definition.endings[0]?.id ?? '');
  return { sessionId, joinCode, choiceId, practiceId: world.practiceId };
}

async function endedAtAnEnding(db: Database, sessionId: string, endingId: string) {
  await db.teamSession.update({ where: { id: sessionId }, data: { phase: 'ending', endingId, endedAt: new Date() } });
}

/**
 * Team sessions (ADR 020): owners and managers of the practice start and present them; only
 * joined participants vote, poll and record; anyone with the code may join (guests included).
 */
export const entries: MatrixEntries = {
  'app/practice/[practiceId]/team-session/actions.ts#startTeamSessionAction': {
    allow: practiceOwners,
    call: async (startTeamSessionAction, { db, world }) => {
      const { scenarioId } = await publishTeamScenario(db);
      return startTeamSessionAction(null, formData({ practiceId: world.practiceId, scenarioId }));
    },
  },
  'app/practice/[practiceId]/team-session/actions.ts#revealTeamVotesAction': {
    allow: practiceOwners,
    call: async (revealTeamVotesAction, context) => {
      const { sessionId, practiceId } = await teamSession(context);
      return revealTeamVotesAction(null, formData({ practiceId, sessionId, round: '1' }));
    },
  },
  'app/practice/[practiceId]/team-session/actions.ts#takeGroupChoiceAction': {
    allow: practiceOwners,
    call: async (takeGroupChoiceAction, context) => {
      const { sessionId, practiceId, choiceId } = await teamSession(context, { phase: 'revealed' });
      return takeGroupChoiceAction(null, formData({ practiceId, sessionId, round: '1', choiceId }));
    },
  },
  'app/practice/[practiceId]/team-session/actions.ts#submitGroupReplyAction': {
    // The session's scene asks for a choice, so an allowed presenter is refused on the input (VALIDATION).
    allow: practiceOwners,
    call: async (submitGroupReplyAction, context) => {
      const { sessionId, practiceId } = await teamSession(context);
      return submitGroupReplyAction(null, formData({ practiceId, sessionId, round: '1', text: 'Thank you, we will be in touch.' }));
    },
  },
  'app/practice/[practiceId]/team-session/actions.ts#continueTeamSessionAction': {
    allow: practiceOwners,
    call: async (continueTeamSessionAction, context) => {
      const { sessionId, practiceId } = await teamSession(context, { phase: 'feedback' });
      return continueTeamSessionAction(null, formData({ practiceId, sessionId, round: '1' }));
    },
  },
  'app/practice/[practiceId]/team-session/actions.ts#endTeamSessionAction': {
    allow: practiceOwners,
    call: async (endTeamSessionAction, context) => {
      const { sessionId, practiceId } = await teamSession(context);
      return endTeamSessionAction(null, formData({ practiceId, sessionId, round: '1' }));
    },
  },
  'app/team/actions.ts#joinTeamSessionAction': {
    // Anyone with the code: signed in, or as a guest with a first name.
    allow: everyone,
    call: async (joinTeamSessionAction, context) => {
      const { joinCode } = await teamSession(context);
      return joinTeamSessionAction(null, formData({ code: joinCode, name: 'Sam' }));
    },
  },
  'app/team/actions.ts#castTeamVoteAction': {
    // Only the learner joined this session.
    allow: ['learner'],
    call: async (castTeamVoteAction, context) => {
      const { sessionId, choiceId } = await teamSession(context);
      return castTeamVoteAction(null, formData({ sessionId, round: '1', choiceId }));
    },
  },
  'app/team/actions.ts#recordTeamCpdAction': {
    allow: ['learner'],
    call: async (recordTeamCpdAction, context) => {
      const { sessionId } = await teamSession(context, { ended: true });
      return recordTeamCpdAction(null, formData({ sessionId, reflection: 'We agreed to check consent before any photo is posted.' }));
    },
  },
  'app/team/[sessionId]/revision/route.ts#GET': {
    // The presenter's screen (the practice owner) and the joined learner's phone.
    allow: ['learner', 'owner'],
    call: async (GET, context) => {
      const { sessionId } = await teamSession(context);
      return GET(request(`/team/${sessionId}/revision`), routeParams({ sessionId }));
    },
  },
};
