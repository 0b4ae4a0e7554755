import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runAsUser } from '@/lib/server/auth/run-as-user';
import type { Database } from '@/lib/server/db/create-client';
import { castTeamVote } from '@/lib/server/team/cast-team-vote';
import { continueTeamSession } from '@/lib/server/team/continue-team-session';
import { endTeamSession } from '@/lib/server/team/end-team-session';
import { findParticipant } from '@/lib/server/team/find-participant';
import { getParticipantView } from '@/lib/server/team/get-participant-view';
import { getPresenterView } from '@/lib/server/team/get-presenter-view';
import { joinTeamSession } from '@/lib/server/team/join-team-session';
import { listTeamCpd } from '@/lib/server/team/list-team-cpd';
import { recordTeamCpd } from '@/lib/server/team/record-team-cpd';
import { revealTeamVotes } from '@/lib/server/team/reveal-team-votes';
import { startTeamSession } from '@/lib/server/team/start-team-session';
import { takeGroupDecision } from '@/lib/server/team/take-group-decision';
import { TEAM_SESSION_MAX_MINUTES } from '@/lib/team/team-minutes';
import { castTeamVoteAction, joinTeamSessionAction, recordTeamCpdAction } from '@/app/team/actions';
import { useTestDatabase } from '@/tests/integration/authorization/support/app-harness';
import { formData } from '@/tests/integration/authorization/support/personas';
import { describeEachDatabase } from '@/tests/integration/support/test-database';
import { clearCookies, cookiesSet } from './cookie-jar';
import { publishTeamScenario } from './fixtures';

vi.mock('@/lib/server/db/client', async () => (await import('@/tests/integration/authorization/support/app-harness')).dbClientModule);
vi.mock('@/lib/env', async (importOriginal) =>
  (await import('@/tests/integration/authorization/support/app-harness')).envModule(await importOriginal()),
);
vi.mock('next/headers', async (importOriginal) => (await import('@/tests/integration/team/cookie-jar')).headersModule(await importOriginal()));

let counter = 0;
const unique = (label: string) => `${label}-${Date.now()}-${(counter += 1)}`;

async function createUser(db: Database, label: string) {
  return db.user.create({ data: { email: `${unique(label)}@example.test`, name: label }, select: { id: true } });
}

/** A practice with an owner, a manager and a plain member. */
async function practiceWithStaff(db: Database) {
  const owner = await createUser(db, 'owner');
  const manager = await createUser(db, 'manager');
  const member = await createUser(db, 'member');
  const practice = await db.practice.create({
    data: {
      name: 'Harbour Dental',
      members: { create: [{ userId: owner.id, role: 'owner' }, { userId: manager.id, role: 'manager' }, { userId: member.id, role: 'member' }] },
    },
    select: { id: true },
  });
  return { practiceId: practice.id, owner, manager, member };
}

/** Joins `userId` to a running session at `now` and votes for the first choice shown (team CPD needs a vote). */
async function joinAndVote(options: { actorId: string; practiceId: string; sessionId: string; joinCode: string; userId: string; now: Date }) {
  const { actorId, practiceId, sessionId, joinCode, userId, now } = options;
  const { participantId } = await joinTeamSession({ code: joinCode, userId, now });
  const choiceId = (await getPresenterView({ actorId, practiceId, sessionId })).now.shown[0]!;
  await castTeamVote({ sessionId, participantId, round: 1, choiceId });
}

/** The redirect target a server action threw, or the value it returned. */
async function settle<T>(promise: Promise<T>): Promise<T | { redirectedTo: string }> {
  try {
    return await promise;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { redirectedTo: digest.split(';')[2] ?? '' };
  }
}

describeEachDatabase('Team sessions', (getDb) => {
  let db: Database;
  beforeEach(() => {
    db = getDb();
    useTestDatabase(db);
    clearCookies();
  });

  it('runs a session: three phones join and vote, the presenter reveals, takes the group’s choice and plays on to an ending; signed-in staff record it, timed by the server', async () => {
    const { practiceId, manager, member } = await practiceWithStaff(db);
    const nurse = await createUser(db, 'nurse');
    const { scenarioId, definition } = await publishTeamScenario(db);
    // Started ten minutes ago by the server's clock, so the phones (joining now) find it live.
    const startedAt = new Date(Date.now() - 10 * 60_000);
    const { sessionId, joinCode } = await startTeamSession({ actorId: manager.id, practiceId, scenarioId, now: startedAt });
    expect(joinCode).toMatch(/^[ACDEFGHJKMNPQRTWXY34679]{6}$/);

    // Signed-in staff join as themselves (a second join finds the same row, and keeps when they first
    // joined); a guest gets an HttpOnly cookie. The member joined two minutes after the start.
    const memberJoin = await joinTeamSession({ code: joinCode.toLowerCase(), userId: member.id, now: new Date(startedAt.getTime() + 2 * 60_000) });
    expect((await joinTeamSession({ code: joinCode, userId: member.id })).participantId).toBe(memberJoin.participantId);
    const nurseJoin = await joinTeamSession({ code: `${joinCode.slice(0, 3)} ${joinCode.slice(3)}`, userId: nurse.id });
    const guestJoined = await runAsUser(null, () => settle(joinTeamSessionAction(null, formData({ code: joinCode, name: '  Robin ' }))));
    expect(guestJoined).toEqual({ redirectedTo: `/team/${sessionId}` });
    const [cookie] = cookiesSet();
    expect(cookie).toMatchObject({ httpOnly: true, path: '/team' });
    const guest = await findParticipant({ sessionId, guestToken: cookie?.value });
    expect(guest).not.toBeNull();
    expect(await db.teamParticipant.findUniqueOrThrow({ where: { id: guest!.id }, select: { guestName: true, tokenHash: true } })).toMatchObject({ guestName: 'Robin' });

    // Every phone and the presenter show the same choices in the same (server-chosen) order.
    const presenter = await getPresenterView({ actorId: manager.id, practiceId, sessionId });
    expect(presenter.participants).toBe(3);
    const shown = presenter.now.shown;
    expect(shown.length).toBeGreaterThan(1);
    const phone = await getParticipantView({ sessionId, userId: member.id });
    expect(phone.choices.map((choice) => choice.id)).toEqual(shown);

    // Votes: the member changes their mind before the reveal; the guest votes through the action with their cookie.
    const [first, second] = shown as [string, string];
    await castTeamVote({ sessionId, participantId: memberJoin.participantId, round: 1, choiceId: second });
    await castTeamVote({ sessionId, participantId: memberJoin.participantId, round: 1, choiceId: first });
    await castTeamVote({ sessionId, participantId: nurseJoin.participantId, round: 1, choiceId: first });
    expect(await runAsUser(null, () => castTeamVoteAction(null, formData({ sessionId, round: '1', choiceId: second })))).toMatchObject({ ok: true });
    expect((await getParticipantView({ sessionId, userId: member.id })).myVote).toBe(first);
    const counting = await getPresenterView({ actorId: manager.id, practiceId, sessionId });
    expect(counting.votesCast).toBe(3);
    expect(counting.spread).toBeNull();

    await revealTeamVotes({ actorId: manager.id, practiceId, sessionId, round: 1 });
    await expect(castTeamVote({ sessionId, participantId: nurseJoin.participantId, round: 1, choiceId: second })).rejects.toMatchObject({ code: 'CONFLICT' });
    const revealed = await getPresenterView({ actorId: manager.id, practiceId, sessionId });
    expect(revealed.spread?.rows).toEqual(shown.map((choiceId) => ({ choiceId, votes: choiceId === first ? 2 : choiceId === second ? 1 : 0 })));
    expect(revealed.spread?.leader).toBe(first);

    // The group's path: the presenter takes the leader each time; the server's machine decides what follows.
    let round = 1;
    for (;;) {
      const view = await getPresenterView({ actorId: manager.id, practiceId, sessionId });
      if (view.now.position.kind === 'ending') break;
      if (round > 1) await revealTeamVotes({ actorId: manager.id, practiceId, sessionId, round });
      await takeGroupDecision({ actorId: manager.id, practiceId, sessionId, round, event: { type: 'CHOOSE', choiceId: round === 1 ? first : view.now.shown[0]! } });
      expect((await getParticipantView({ sessionId, userId: nurse.id })).phase).toBe('feedback');
      await continueTeamSession({ actorId: manager.id, practiceId, sessionId, round });
      round += 1;
      expect(round).toBeLessThan(40);
    }
    const atEnding = await getPresenterView({ actorId: manager.id, practiceId, sessionId });
    expect(atEnding.phase).toBe('ending');
    expect(atEnding.decisions[0]).toMatchObject({ round: 1, choiceId: first });
    expect(definition.endings.map((ending) => ending.id)).toContain(atEnding.now.position.kind === 'ending' ? atEnding.now.position.ending.id : '');

    // Not yet ended: nothing to record. Then the presenter ends it 47.5 minutes after the start.
    await expect(recordTeamCpd({ userId: member.id, sessionId, reflection: 'We will ask before posting any photo of a patient.' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await endTeamSession({ actorId: manager.id, practiceId, sessionId, now: new Date(startedAt.getTime() + 47.5 * 60_000) });
    await expect(joinTeamSession({ code: joinCode, userId: (await createUser(db, 'late')).id })).rejects.toMatchObject({ code: 'CONFLICT', message: 'That team session has ended.' });

    // The member is credited their own time: from joining (2 minutes in) to the end.
    expect(await recordTeamCpd({ userId: member.id, sessionId, reflection: 'We will ask before posting any photo of a patient.' })).toEqual({ minutes: 45 });
    await expect(recordTeamCpd({ userId: member.id, sessionId, reflection: 'Again, the same reflection text.' })).rejects.toMatchObject({ code: 'CONFLICT' });
    // Two submits at once (a double tap) record once: the unique (session, user) index refuses the second.
    const twice = await Promise.all(
      [1, 2].map(() => runAsUser({ id: nurse.id }, () => recordTeamCpdAction(null, formData({ sessionId, reflection: 'Check the privacy settings together each quarter.' })))),
    );
    expect(twice.filter((result) => result?.ok)).toHaveLength(1);
    expect(twice.find((result) => !result?.ok)).toMatchObject({ code: 'CONFLICT', message: 'You have already recorded this session in your CPD record.' });
    expect(await db.teamCpdRecord.count({ where: { sessionId, userId: nurse.id } })).toBe(1);
    expect(await listTeamCpd({ userId: member.id })).toEqual([expect.objectContaining({ scenarioTitle: definition.title, practiceName: 'Harbour Dental', minutes: 45 })]);
    // A guest has no record to add to.
    expect(await runAsUser(null, () => recordTeamCpdAction(null, formData({ sessionId, reflection: 'Guests cannot record this reflection.' })))).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect((await getParticipantView({ sessionId, guestToken: cookie?.value })).guest).toBe(true);
  });

  it('lets only owners and managers start and present, and only joined participants vote', async () => {
    const { practiceId, owner, member } = await practiceWithStaff(db);
    const outsider = await createUser(db, 'outsider');
    const { scenarioId } = await publishTeamScenario(db);
    await expect(startTeamSession({ actorId: member.id, practiceId, scenarioId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { sessionId, joinCode } = await startTeamSession({ actorId: owner.id, practiceId, scenarioId });
    await expect(revealTeamVotes({ actorId: member.id, practiceId, sessionId, round: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getPresenterView({ actorId: outsider.id, practiceId, sessionId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getParticipantView({ sessionId, userId: outsider.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const { shown } = (await getPresenterView({ actorId: owner.id, practiceId, sessionId })).now;
    // Not joined: no vote, whoever asks.
    expect(await runAsUser({ id: outsider.id }, () => castTeamVoteAction(null, formData({ sessionId, round: '1', choiceId: shown[0]! })))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await runAsUser(null, () => castTeamVoteAction(null, formData({ sessionId, round: '1', choiceId: shown[0]! })))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const joined = await joinTeamSession({ code: joinCode, userId: outsider.id });
    await expect(castTeamVote({ sessionId, participantId: joined.participantId, round: 1, choiceId: 'not-a-choice.9' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(castTeamVote({ sessionId, participantId: joined.participantId, round: 2, choiceId: shown[0]! })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db.teamVote.count({ where: { sessionId } })).toBe(0);
  });

  it('tells bad codes, ended sessions and long names apart, and changes nothing', async () => {
    const { practiceId, owner } = await practiceWithStaff(db);
    const { scenarioId } = await publishTeamScenario(db);
    const startedAt = new Date(Date.now() - 10 * 60_000);
    const { sessionId, joinCode } = await startTeamSession({ actorId: owner.id, practiceId, scenarioId, now: startedAt });
    const join = (fields: Record<string, string>) => runAsUser(null, () => settle(joinTeamSessionAction(null, formData(fields))));

    expect(await join({ code: 'AC', name: 'Sam' })).toMatchObject({ ok: false, code: 'VALIDATION', message: 'A join code has 6 characters; “AC” has 2. Check the code on the presenter’s screen.' });
    expect(await join({ code: 'O0O 0O0', name: 'Sam' })).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('“O0O 0O0” is not a join code: join codes never use “O”, “0”; they use only the letters ACDEFGHJKMNPQRTWXY and the digits 34679') });
    const unknown = joinCode === 'ACDEFG' ? 'ACDEFH' : 'ACDEFG';
    expect(await join({ code: unknown, name: 'Sam' })).toMatchObject({ ok: false, code: 'NOT_FOUND', message: expect.stringContaining(`No team session has the code ${unknown}`) });
    expect(await join({ code: joinCode, name: '' })).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('first name') });
    expect(await join({ code: joinCode, name: 'x'.repeat(41) })).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('at most 40') });
    // attack5 F5: a guest name is shown to the whole room; invisible format characters are refused, named.
    expect(await join({ code: joinCode, name: 'Sam\u202e' })).toMatchObject({ ok: false, code: 'VALIDATION', message: 'Your first name contains an invisible formatting character (U+202E); remove it.' });
    await expect(joinTeamSession({ code: joinCode, guestName: 'Sam', now: new Date(startedAt.getTime() + 12 * 60 * 60_000 + 1) })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('expired') });
    expect(await db.teamParticipant.count({ where: { sessionId } })).toBe(0);

    await endTeamSession({ actorId: owner.id, practiceId, sessionId });
    expect(await join({ code: joinCode, name: 'Sam' })).toMatchObject({ ok: false, code: 'CONFLICT', message: 'That team session has ended.' });
    expect(await db.teamParticipant.count({ where: { sessionId } })).toBe(0);
  });

  it('credits at most two hours however long the session was left open, and nothing for a session that never reached an ending', async () => {
    const { practiceId, owner, member } = await practiceWithStaff(db);
    const { scenarioId, definition } = await publishTeamScenario(db);
    const startedAt = new Date('2026-06-01T08:00:00Z');
    const open = await startTeamSession({ actorId: owner.id, practiceId, scenarioId, now: startedAt });
    await joinAndVote({ actorId: owner.id, practiceId, sessionId: open.sessionId, joinCode: open.joinCode, userId: member.id, now: startedAt });
    await db.teamSession.update({ where: { id: open.sessionId }, data: { phase: 'ending', endingId: definition.endings[0]!.id } });
    await endTeamSession({ actorId: owner.id, practiceId, sessionId: open.sessionId, now: new Date('2026-06-01T21:00:00Z') });
    expect(await recordTeamCpd({ userId: member.id, sessionId: open.sessionId, reflection: 'Left on the screen all day, but we did discuss it.' })).toEqual({ minutes: TEAM_SESSION_MAX_MINUTES });

    const cut = await startTeamSession({ actorId: owner.id, practiceId, scenarioId, now: startedAt });
    await joinTeamSession({ code: cut.joinCode, userId: member.id, now: startedAt });
    await endTeamSession({ actorId: owner.id, practiceId, sessionId: cut.sessionId, now: new Date('2026-06-01T08:30:00Z') });
    await expect(recordTeamCpd({ userId: member.id, sessionId: cut.sessionId, reflection: 'We stopped half-way through the scenario.' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('before the scenario reached an ending'),
    });
  });

  it('offers team CPD on both screens only when the server-measured session reached the minimum, the rule recording refuses by (a participant there throughout, who voted)', async () => {
    const { practiceId, owner, member } = await practiceWithStaff(db);
    const { scenarioId, definition } = await publishTeamScenario(db);
    const startedAt = new Date('2026-06-01T08:00:00Z');
    const offers: Record<number, unknown> = {};
    for (const minutes of [4, 5]) {
      const session = await startTeamSession({ actorId: owner.id, practiceId, scenarioId, now: startedAt });
      await joinAndVote({ actorId: owner.id, practiceId, sessionId: session.sessionId, joinCode: session.joinCode, userId: member.id, now: startedAt });
      await db.teamSession.update({ where: { id: session.sessionId }, data: { phase: 'ending', endingId: definition.endings[0]!.id } });
      const running = await getPresenterView({ actorId: owner.id, practiceId, sessionId: session.sessionId });
      expect(running.cpd).toBeNull();
      expect(running.cpdEarliestEnd).toEqual(new Date('2026-06-01T08:05:00Z'));
      await endTeamSession({ actorId: owner.id, practiceId, sessionId: session.sessionId, now: new Date(startedAt.getTime() + (minutes + 0.9) * 60_000) });
      const phone = await getParticipantView({ sessionId: session.sessionId, userId: member.id });
      expect((await getPresenterView({ actorId: owner.id, practiceId, sessionId: session.sessionId })).cpd).toEqual(phone.cpd);
      offers[minutes] = phone.cpd;
      const recording = recordTeamCpd({ userId: member.id, sessionId: session.sessionId, reflection: 'We will check consent before any photo is shared.' });
      if (phone.cpd?.recordable) await expect(recording).resolves.toEqual({ minutes: 5 });
      else await expect(recording).rejects.toMatchObject({ code: 'CONFLICT', message: phone.cpd?.reason });
    }
    expect(offers[4]).toEqual({
      recordable: false,
      minutes: 4,
      reason: 'This session ran for 4 minutes; a team session must run at least 5 minutes to be recorded as team CPD.',
    });
    expect(offers[5]).toEqual({ recordable: true, minutes: 5 });
  });

  describe('two presenter screens pressing the same button', () => {
    it('moves the session once; the other screen is told it moved on', async () => {
      const { practiceId, owner, manager } = await practiceWithStaff(db);
      const { scenarioId } = await publishTeamScenario(db);
      const { sessionId } = await startTeamSession({ actorId: owner.id, practiceId, scenarioId });
      const results = await Promise.allSettled([
        revealTeamVotes({ actorId: owner.id, practiceId, sessionId, round: 1 }),
        revealTeamVotes({ actorId: manager.id, practiceId, sessionId, round: 1 }),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
      const { shown } = (await getPresenterView({ actorId: owner.id, practiceId, sessionId })).now;
      const taken = await Promise.allSettled(
        [owner, manager].map((actor) => takeGroupDecision({ actorId: actor.id, practiceId, sessionId, round: 1, event: { type: 'CHOOSE', choiceId: shown[0]! } })),
      );
      expect(taken.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      expect(await db.teamDecision.count({ where: { sessionId } })).toBe(1);
    });
  });
});
