import { beforeEach, expect, it, vi } from 'vitest';
import type { Database } from '@/lib/server/db/create-client';
import { castTeamVote } from '@/lib/server/team/cast-team-vote';
import { endTeamSession } from '@/lib/server/team/end-team-session';
import { getParticipantView } from '@/lib/server/team/get-participant-view';
import { getPresenterView } from '@/lib/server/team/get-presenter-view';
import { joinTeamSession } from '@/lib/server/team/join-team-session';
import { recordTeamCpd } from '@/lib/server/team/record-team-cpd';
import { startTeamSession } from '@/lib/server/team/start-team-session';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { publishTeamScenario } from './fixtures';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);

// Security review F3: team CPD credited every participant the session's whole length, however late
// they joined, however many sessions they sat in at once, and whether or not they took part.

let counter = 0;
const unique = (label: string) => `${label}-${Date.now()}-${(counter += 1)}`;
const at = (clock: string) => new Date(`2026-06-01T${clock}:00Z`);
const reflection = 'We agreed to check consent before any photo of a patient is shared.';

async function createUser(db: Database, label: string) {
  return db.user.create({ data: { email: `${unique(label)}@example.test`, name: label }, select: { id: true } });
}

type Join = { userId: string; at: Date; votes: boolean };

/**
 * A session of the team scenario, started and ended at the given times by the server's clock, that
 * reached an ending; each of `joins` joined at its time and, if `votes`, voted on the first decision.
 */
async function endedSession(db: Database, options: { startedAt: Date; endedAt: Date; joins: Join[] }) {
  const owner = await createUser(db, 'owner');
  const practice = await db.practice.create({ data: { name: 'Harbour Dental', members: { create: [{ userId: owner.id, role: 'owner' }] } }, select: { id: true } });
  const { scenarioId, definition } = await publishTeamScenario(db);
  const presenter = { actorId: owner.id, practiceId: practice.id };
  const { sessionId, joinCode } = await startTeamSession({ ...presenter, scenarioId, now: options.startedAt });
  const choiceId = (await getPresenterView({ ...presenter, sessionId })).now.shown[0]!;
  for (const join of options.joins) {
    const { participantId } = await joinTeamSession({ code: joinCode, userId: join.userId, now: join.at });
    if (join.votes) await castTeamVote({ sessionId, participantId, round: 1, choiceId });
  }
  await db.teamSession.update({ where: { id: sessionId }, data: { phase: 'ending', endingId: definition.endings[0]!.id } });
  await endTeamSession({ ...presenter, sessionId, now: options.endedAt });
  return sessionId;
}

/** Records, or the refusal's code and message. */
async function record(userId: string, sessionId: string) {
  try {
    return await recordTeamCpd({ userId, sessionId, reflection });
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
}

describeEachDatabase('Team CPD credits each participant their own time', (getDb) => {
  let db: Database;
  beforeEach(() => {
    db = getDb();
    useTestDatabase(db);
  });

  it('credits a late joiner from when they joined, and refuses one who joined too near the end, saying so', async () => {
    const [early, late, last] = await Promise.all(['early', 'late', 'last'].map((label) => createUser(db, label)));
    const sessionId = await endedSession(db, {
      startedAt: at('08:00'),
      endedAt: at('08:40'),
      joins: [
        { userId: early!.id, at: at('08:00'), votes: true },
        { userId: late!.id, at: at('08:30'), votes: true },
        { userId: last!.id, at: at('08:37'), votes: true },
      ],
    });
    expect(await record(early!.id, sessionId)).toEqual({ minutes: 40 });
    expect(await record(late!.id, sessionId)).toEqual({ minutes: 10 });
    expect(await record(last!.id, sessionId)).toEqual({
      code: 'CONFLICT',
      message: 'You joined 3 minutes before the end; team CPD credits your time from joining to the end, and it must come to at least 5 minutes to be recorded.',
    });
    expect(await db.teamCpdRecord.findMany({ where: { sessionId }, select: { userId: true, minutes: true } })).toHaveLength(2);
  });

  it('does not credit twice the time of two sessions sat in at once, also when both are recorded at the same moment', async () => {
    const [one, other] = await Promise.all(['one', 'other'].map((label) => createUser(db, label)));
    const joins = (minute: string) => [one!, other!].map((user) => ({ userId: user.id, at: at(minute), votes: true }));
    const first = await endedSession(db, { startedAt: at('08:00'), endedAt: at('08:40'), joins: joins('08:00') });
    const second = await endedSession(db, { startedAt: at('08:10'), endedAt: at('08:50'), joins: joins('08:10') });

    // One after the other: the second credits only what the first did not cover (08:40 to 08:50).
    expect(await record(one!.id, first)).toEqual({ minutes: 40 });
    expect(await record(one!.id, second)).toEqual({ minutes: 10 });
    // Both at once: they take turns, so together they credit the 50 minutes that passed, not 80.
    const both = await Promise.all([record(other!.id, first), record(other!.id, second)]);
    expect(both.map((result) => ('minutes' in result ? result.minutes : 0)).sort((a, b) => a - b)).toEqual([10, 40]);
  });

  it('refuses a participant who never voted, saying why, and the phone offers them nothing', async () => {
    const [voter, silent] = await Promise.all(['voter', 'silent'].map((label) => createUser(db, label)));
    const sessionId = await endedSession(db, {
      startedAt: at('08:00'),
      endedAt: at('08:30'),
      joins: [
        { userId: voter!.id, at: at('08:00'), votes: true },
        { userId: silent!.id, at: at('08:00'), votes: false },
      ],
    });
    const reason = 'You did not vote on any decision in this session, so it cannot be recorded as your team CPD: team CPD credits taking part, and your votes are how the server knows you did.';
    expect((await getParticipantView({ sessionId, userId: silent!.id })).cpd).toEqual({ recordable: false, minutes: 0, reason });
    expect(await record(silent!.id, sessionId)).toEqual({ code: 'CONFLICT', message: reason });
    expect(await db.teamCpdRecord.count({ where: { sessionId, userId: silent!.id } })).toBe(0);
    expect(await record(voter!.id, sessionId)).toEqual({ minutes: 30 });
  });

  it('subtracts solo active time credited during the session, and moves the learner’s clock past it so solo play cannot claim it later', async () => {
    const learner = await createUser(db, 'learner');
    const sessionId = await endedSession(db, { startedAt: at('08:00'), endedAt: at('08:30'), joins: [{ userId: learner.id, at: at('08:00'), votes: true }] });
    const { versionId } = await publishTeamScenario(db);
    const attempt = await db.attempt.create({ data: { userId: learner.id, scenarioVersionId: versionId, snapshotJson: '{}' }, select: { id: true } });
    // Twelve minutes played alone on the phone during the meeting, then the learner went idle at 08:12.
    await db.activeTimeCredit.create({ data: { userId: learner.id, attemptId: attempt.id, startedAt: at('08:00'), endedAt: at('08:12'), seconds: 720 } });
    await db.learnerActivity.create({ data: { userId: learner.id, creditedUntil: at('08:12') } });

    expect(await record(learner.id, sessionId)).toEqual({ minutes: 18 });
    expect((await db.learnerActivity.findUniqueOrThrow({ where: { userId: learner.id }, select: { creditedUntil: true } })).creditedUntil).toEqual(at('08:30'));
  });

  it('offers on the phone exactly what recording then credits or refuses, for every kind of participant', async () => {
    const users = await Promise.all(['whole', 'late', 'too-late', 'silent', 'busy'].map((label) => createUser(db, label)));
    const [whole, late, tooLate, silent, busy] = users.map((user) => user.id) as [string, string, string, string, string];
    const elsewhere = await endedSession(db, { startedAt: at('07:30'), endedAt: at('08:17'), joins: [{ userId: busy, at: at('07:30'), votes: true }] });
    expect(await record(busy, elsewhere)).toEqual({ minutes: 47 });
    const sessionId = await endedSession(db, {
      startedAt: at('08:00'),
      endedAt: at('08:20'),
      joins: [
        { userId: whole, at: at('08:00'), votes: true },
        { userId: late, at: at('08:12'), votes: true },
        { userId: tooLate, at: at('08:16'), votes: true },
        { userId: silent, at: at('08:00'), votes: false },
        { userId: busy, at: at('08:00'), votes: true },
      ],
    });
    for (const userId of [whole, late, tooLate, silent, busy]) {
      const offer = (await getParticipantView({ sessionId, userId })).cpd;
      const outcome = await record(userId, sessionId);
      if (offer?.recordable) expect(outcome).toEqual({ minutes: offer.minutes });
      else expect(outcome).toEqual({ code: 'CONFLICT', message: offer?.reason });
    }
    expect((await getParticipantView({ sessionId, userId: busy })).cpd).toMatchObject({
      recordable: false,
      reason: expect.stringMatching(/^Of your 20 minutes in this session, 17 minutes are already credited in your CPD record/),
    });
    expect((await getParticipantView({ sessionId, userId: late })).recordedMinutes).toBe(8);
  });
});
