import { createActor, fromPromise, waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { CheckResult, PlayEvent } from '@/lib/scenario/definition';
import { toMachine } from '@/lib/scenario/runtime/machine';
import type { PathStep } from './path-summary';
import { pendingOutcome, type Outcome } from './pending-outcome';
import { recordDecisionMachine, type CheckReplyResult, type RecordDecisionEvent, type ResumeEvent } from './record-decision.machine';
import type { RecordResult } from './record-on-server';
import { sampleDefinition } from './testing/sample-definition';

/** A promise the test settles itself, so a state "while the request is in flight" is observed without timing. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface Fakes {
  record?: (decision: { sequence: number; event: PlayEvent }) => Promise<RecordResult>;
  check?: (reply: { sceneId: string; text: string }) => Promise<CheckReplyResult>;
  markRead?: (read: { sequence: number }) => Promise<unknown>;
  path?: PathStep[];
  sequence?: number;
  outcome?: Outcome | null;
  events?: PlayEvent[];
}

/** The recording machine over the sample scenario's real machine, with fake server calls. */
function start(fakes: Fakes = {}) {
  const verdicts = new Map<string, boolean>();
  const scenario = createActor(toMachine(sampleDefinition, (text) => verdicts.get(text) ?? false)).start();
  for (const event of fakes.events ?? []) scenario.send(event);
  const calls = { record: [] as { sequence: number; event: PlayEvent }[], check: [] as { sceneId: string; text: string }[], markRead: [] as number[] };
  const machine = recordDecisionMachine.provide({
    actors: {
      recordDecision: fromPromise(({ input }: { input: { sequence: number; event: PlayEvent } }) => {
        calls.record.push(input);
        if (!fakes.record) throw new Error('This test records nothing on the server');
        return fakes.record(input);
      }),
      checkReply: fromPromise(({ input }: { input: { sceneId: string; text: string } }) => {
        calls.check.push(input);
        if (!fakes.check) throw new Error('This test checks no replies');
        return fakes.check(input);
      }),
      markFeedbackRead: fromPromise(async ({ input }: { input: { sequence: number } }) => {
        calls.markRead.push(input.sequence);
        return fakes.markRead?.(input);
      }),
    },
  });
  const actor = createActor(machine, {
    input: {
      definition: sampleDefinition,
      scenario,
      verdicts,
      recordsOnServer: Boolean(fakes.record),
      checksReplies: Boolean(fakes.check),
      path: fakes.path ?? [],
      sequence: fakes.sequence ?? 0,
      outcome: fakes.outcome ?? null,
      moved: false,
    },
  });
  const resumes: ResumeEvent[] = [];
  actor.on('resume', (event) => resumes.push(event));
  actor.start();
  return { actor, scenario, calls, resumes, verdicts };
}

const startScene = sampleDefinition.scenes[0]!;
const replyScene = sampleDefinition.scenes.find((scene) => scene.id === 'reply-draft')!;
const shown = ['comment-seen.1', 'comment-seen.2', 'comment-seen.3'];
const replyPublicly = { type: 'RECORD', scene: startScene, event: { type: 'CHOOSE', choiceId: 'comment-seen.1' }, optionsShown: shown } as const;
const ignoreIt = { type: 'RECORD', scene: startScene, event: { type: 'CHOOSE', choiceId: 'comment-seen.2' }, optionsShown: shown } as const;
const reply = (text: string): RecordDecisionEvent => ({ type: 'RECORD', scene: replyScene, event: { type: 'COMPOSE', text }, optionsShown: [] });
const recorded = (sequence: number, snapshot: unknown = {}, checkResults?: CheckResult[]): RecordResult => ({
  ok: true,
  sequence,
  snapshot,
  ...(checkResults ? { checkResults } : {}),
});

describe('recordDecisionMachine', () => {
  it('holds the screen while the server records, ignores a second click, then shows the feedback', async () => {
    const server = deferred<RecordResult>();
    const { actor, scenario, calls } = start({ record: () => server.promise, sequence: 3 });
    expect(actor.getSnapshot().value).toEqual({ ready: 'deciding' });

    actor.send(replyPublicly);
    actor.send(ignoreIt);
    expect(actor.getSnapshot().value).toBe('recording');
    expect(calls.record).toEqual([{ sequence: 4, event: replyPublicly.event }]);
    // The scenario has not moved: the screen never shows a step the server did not record.
    expect(scenario.getSnapshot().value).toBe('comment-seen');

    server.resolve(recorded(4, { value: 'reply-draft' }));
    const settled = await waitFor(actor, (state) => state.matches('feedback'));
    expect(scenario.getSnapshot().value).toBe('reply-draft');
    expect(settled.context).toMatchObject({
      sequence: 4,
      saved: true,
      problem: null,
      moved: true,
      announcement: 'Feedback on your choice: Reply publicly',
      path: [{ sceneId: 'comment-seen', event: replyPublicly.event, optionsShown: shown }],
      outcome: { kind: 'feedback', number: 1, choice: { id: 'comment-seen.1' } },
    });
  });

  it('moves on from the feedback once the server has been told it was read, announcing the next scene', async () => {
    const markRead = deferred<unknown>();
    const { actor, calls } = start({ record: async () => recorded(1, { value: 'reply-draft' }), markRead: () => markRead.promise });
    actor.send(replyPublicly);
    await waitFor(actor, (state) => state.matches('feedback'));

    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('markingRead');
    expect(actor.getSnapshot().context.outcome).not.toBeNull();
    markRead.reject(new Error('offline'));
    const next = await waitFor(actor, (state) => state.matches({ ready: 'deciding' }));
    expect(calls.markRead).toEqual([1]);
    expect(next.context.outcome).toBeNull();
    expect(next.context.announcement).toBe('Scene 2.');
  });

  it('reopens on the feedback that was pending when the page was left', async () => {
    const path: PathStep[] = [{ sceneId: 'comment-seen', event: replyPublicly.event, optionsShown: shown }];
    const { actor, calls } = start({ record: async () => recorded(2), events: [replyPublicly.event], path, sequence: 1, outcome: pendingOutcome(sampleDefinition, path) });
    expect(actor.getSnapshot().value).toBe('feedback');
    expect(actor.getSnapshot().context.moved).toBe(false);

    actor.send({ type: 'CONTINUE' });
    await waitFor(actor, (state) => state.matches('ready'));
    expect(calls.markRead).toEqual([1]);
  });

  it('stops at a conflict when another tab moved the attempt on, leaving the scenario where it was', async () => {
    const { actor, scenario } = start({ record: async () => ({ ok: false, code: 'CONFLICT', message: 'Moved on elsewhere.' }) });
    actor.send(replyPublicly);
    const stopped = await waitFor(actor, (state) => state.matches('conflict'));
    expect(stopped.status).toBe('done');
    expect(stopped.context.announcement).toBe('This scenario moved on in another tab or window.');
    expect(scenario.getSnapshot().value).toBe('comment-seen');
  });

  it('stops at ended when the attempt has recorded the most decisions it takes, saying so and leaving the scenario where it was', async () => {
    const message = 'This attempt has ended. Start again.';
    const { actor, scenario } = start({ record: async () => ({ ok: false, code: 'CONFLICT', message, ended: true }) });
    actor.send(replyPublicly);
    const stopped = await waitFor(actor, (state) => state.matches('ended'));
    expect(stopped.status).toBe('done');
    expect(stopped.context).toMatchObject({ problem: message, announcement: message, moved: true });
    expect(scenario.getSnapshot().value).toBe('comment-seen');
  });

  it('keeps the decision on screen with the reason when saves come faster than the limit, so choosing again retries', async () => {
    const message = 'Too many decisions in the last minute.';
    const { actor, scenario } = start({ record: async () => ({ ok: false, code: 'RATE_LIMITED', message }) });
    actor.send(replyPublicly);
    const refused = await waitFor(actor, (state) => state.matches({ ready: 'error' }));
    expect(refused.context.problem).toBe(message);
    expect(scenario.getSnapshot().value).toBe('comment-seen');
  });

  it('stops at signed out when the session has ended, since trying again cannot succeed until the learner signs in', async () => {
    const { actor, scenario } = start({ record: async () => ({ ok: false, code: 'UNAUTHENTICATED', message: 'Your session has ended.' }) });
    actor.send(replyPublicly);
    const stopped = await waitFor(actor, (state) => state.matches('signedOut'));
    expect(stopped.status).toBe('done');
    expect(stopped.context.announcement).toBe('Your session has ended, so your answer was not saved. Sign in again to carry on.');
    expect(scenario.getSnapshot().value).toBe('comment-seen');
  });

  it('shows why a decision was not recorded and records it when the learner tries again', async () => {
    const answers: RecordResult[] = [{ ok: false, code: 'STORAGE_UNAVAILABLE', message: 'Storage is down.' }, recorded(1, { value: 'ignored' })];
    const { actor, scenario, calls } = start({ record: async () => answers.shift()! });
    actor.send(ignoreIt);
    const failed = await waitFor(actor, (state) => state.matches({ ready: 'error' }));
    expect(failed.context).toMatchObject({ problem: 'Storage is down.', announcement: 'Your answer was not saved. Storage is down.', saved: false, path: [] });
    expect(scenario.getSnapshot().value).toBe('comment-seen');

    actor.send(ignoreIt);
    expect(actor.getSnapshot().context.problem).toBeNull();
    const done = await waitFor(actor, (state) => state.matches({ ready: 'deciding' }));
    expect(calls.record.map((call) => call.sequence)).toEqual([1, 1]);
    expect(done.context).toMatchObject({ sequence: 1, saved: true, outcome: null });
    expect(done.context.announcement).toMatch(/^Scenario complete: /);
  });

  it('treats a request that failed outright as retryable', async () => {
    const { actor } = start({ record: () => Promise.reject(new Error('offline')) });
    actor.send(ignoreIt);
    const failed = await waitFor(actor, (state) => state.matches({ ready: 'error' }));
    expect(failed.context.problem).toBe('The connection failed.');
  });

  it('counts the server verdict on a reply and restarts from its snapshot when its machine went elsewhere', async () => {
    const text = 'Sorry to hear this, please call the practice to talk it over.';
    const server: CheckResult[] = [{ check: 'short', passed: true, matches: [], reason: 'ok' }];
    const serverSnapshot = { value: 'serious', status: 'done', context: {} };
    const path: PathStep[] = [{ sceneId: 'comment-seen', event: replyPublicly.event, optionsShown: shown }];
    const { actor, scenario, verdicts, resumes } = start({ record: async () => recorded(2, serverSnapshot, server), events: [replyPublicly.event], path, sequence: 1 });

    actor.send(reply(text));
    expect(actor.getSnapshot().context.announcement).toBe('Checking and saving your reply…');
    const ended = await waitFor(actor, (state) => state.matches('resuming'));
    // The local machine followed the server's verdict on this reply...
    expect(verdicts.get(text)).toBe(true);
    expect(scenario.getSnapshot().value).toBe('best');
    // ...and the server's snapshot, which stands elsewhere, is what the run restarts from.
    expect(resumes).toHaveLength(1);
    expect(resumes[0]).toMatchObject({ type: 'resume', snapshot: serverSnapshot, sequence: 2, outcome: { kind: 'compose', checkedBy: 'server', results: server, number: 2 } });
    expect(resumes[0]!.path.at(-1)).toEqual({ sceneId: 'reply-draft', event: { type: 'COMPOSE', text }, optionsShown: [], checkResults: server });
    expect(ended.status).toBe('done');
  });

  it('plays locally without the server, counting the sequence itself', async () => {
    const { actor, calls } = start();
    actor.send(ignoreIt);
    const state = actor.getSnapshot();
    expect(state.value).toEqual({ ready: 'deciding' });
    expect(state.context).toMatchObject({ sequence: 1, saved: false, path: [{ sceneId: 'comment-seen' }] });
    expect(calls.record).toEqual([]);
  });

  it('ignores a decision the current scene does not accept', () => {
    const { actor } = start();
    actor.send({ type: 'RECORD', scene: startScene, event: { type: 'CHOOSE', choiceId: 'reply-draft.1' }, optionsShown: [] });
    expect(actor.getSnapshot().context).toMatchObject({ sequence: 0, path: [], outcome: null });
  });

  it('has the server judge a written reply in practice mode, recording nothing', async () => {
    const results: CheckResult[] = [{ check: 'invite-contact', passed: false, matches: [], reason: 'invite' }];
    const check = deferred<CheckReplyResult>();
    const { actor, scenario, calls } = start({ check: () => check.promise, events: [replyPublicly.event], sequence: 1 });
    actor.send(reply('No.'));
    expect(actor.getSnapshot().value).toBe('checking');
    check.resolve({ ok: true, results });
    const state = await waitFor(actor, (snapshot) => snapshot.matches('feedback'));
    expect(calls.check).toEqual([{ sceneId: 'reply-draft', text: 'No.' }]);
    expect(scenario.getSnapshot().value).toBe('serious');
    expect(state.context).toMatchObject({ sequence: 2, saved: false, outcome: { kind: 'compose', checkedBy: 'browser', results } });
  });

  it('says when a reply could not be checked, and that replies need a connection', async () => {
    const { actor } = start({ check: async () => ({ ok: false, message: 'Too long.' }), events: [replyPublicly.event] });
    actor.send(reply('Hello.'));
    const failed = await waitFor(actor, (state) => state.matches({ ready: 'error' }));
    expect(failed.context).toMatchObject({ problem: 'Too long.', announcement: 'Your reply was not checked. Too long.' });

    const offline = start({ events: [replyPublicly.event] });
    offline.actor.send(reply('Hello.'));
    expect(offline.actor.getSnapshot().value).toEqual({ ready: 'error' });
    expect(offline.actor.getSnapshot().context.problem).toBe('Written replies can only be checked when you are online.');
    expect(offline.scenario.getSnapshot().value).toBe('reply-draft');
  });
});
