import type { Database } from '@/lib/server/db/create-client';

/** Text a learner "wrote" in the fixture: it must never appear in any insight output or export. */
export const SECRET_TEXT = 'ZEBRA-SECRET-42 ridiculous SARAH';
export const SCENARIO_ID = 'one-star-review';
export const MODULE_ID = 'social-media';

const STANDARD = ['the-review.1', 'the-review.2', 'the-review.3'];
const SWAPPED = ['the-review.2', 'the-review.1', 'the-review.3'];
const THIRD_FIRST = ['the-review.3', 'the-review.1', 'the-review.2'];
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

const failedReply = JSON.stringify([
  { check: 'no-identifiers', passed: true, matches: [], reason: 'r' },
  { check: 'neutral-tone', passed: false, matches: ['ridiculous', 'SARAH'], reason: 'r' },
]);
const passedReply = JSON.stringify([
  { check: 'no-identifiers', passed: true, matches: [], reason: 'r' },
  { check: 'neutral-tone', passed: true, matches: [], reason: 'r' },
]);

/**
 * A known population on the newest version of one-star-review (publish the library first), with
 * attempts started in January 2026. In the first scene, `the-review`:
 * - 8 dentists (members of the returned practice) chose the-review.1: 5 shown it first, 3 second,
 *   each 30 s after starting; 6 of them went on to write a reply (5 failed neutral-tone on
 *   "ridiculous" and "SARAH" first, then passed; 1 passed at once) and reached resolved-offline;
 *   the other 2 are unfinished, waiting in the-advice.
 * - 3 dental nurses chose the-review.2 (shown second), 60 s in, and reached silence.
 * - 6 dental nurses chose the-review.3 (shown first), 60 s in; unfinished: 3 in the-advice, 3 in the-removal.
 */
export async function seedInsightFixture(db: Database, tag: string): Promise<{ practiceId: string; versionId: string }> {
  const version = await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId: SCENARIO_ID }, orderBy: { publishedAt: 'desc' }, select: { id: true, contentHash: true } });
  const practice = await db.practice.create({ data: { name: `Insight Dental ${tag}` }, select: { id: true } });
  const start = new Date('2026-01-15T09:00:00Z');

  let n = 0;
  async function learner(registrantType: string, play: { shown: string[]; choiceId: string; seconds: number }, after: { compose?: 'fail-then-pass' | 'pass'; ending?: string; waiting?: string }) {
    n += 1;
    const user = await db.user.create({ data: { email: `insight-${tag}-${n}@example.test`, registrantType }, select: { id: true } });
    if (registrantType === 'dentist') await db.practiceMembership.create({ data: { practiceId: practice.id, userId: user.id } });
    const startedAt = at(start, n * 3600);
    const completed = after.ending !== undefined;
    const attempt = await db.attempt.create({
      data: {
        userId: user.id,
        scenarioVersionId: version.id,
        status: completed ? 'completed' : 'in-progress',
        snapshotJson: JSON.stringify({ status: 'active', value: after.waiting ?? after.ending, context: {} }),
        endingId: after.ending ?? null,
        startedAt,
        completedAt: completed ? at(startedAt, 600) : null,
        points: 3,
        activeSeconds: 500,
      },
      select: { id: true },
    });
    const events = [
      { sceneId: 'the-review', kind: 'choice', optionsShownJson: JSON.stringify(play.shown), choiceId: play.choiceId, createdAt: at(startedAt, play.seconds) },
    ];
    if (after.compose === 'fail-then-pass') {
      events.push({ sceneId: 'write-reply', kind: 'compose', optionsShownJson: '[]', choiceId: null as unknown as string, createdAt: at(startedAt, 200) });
      events.push({ sceneId: 'write-reply', kind: 'compose', optionsShownJson: '[]', choiceId: null as unknown as string, createdAt: at(startedAt, 300) });
    } else if (after.compose === 'pass') {
      events.push({ sceneId: 'write-reply', kind: 'compose', optionsShownJson: '[]', choiceId: null as unknown as string, createdAt: at(startedAt, 200) });
    }
    await db.attemptEvent.createMany({
      data: events.map((event, index) => ({
        ...event,
        attemptId: attempt.id,
        sequence: index + 1,
        contentHash: version.contentHash,
        composedText: event.kind === 'compose' ? SECRET_TEXT : null,
        checkResultsJson: event.kind === 'compose' ? (after.compose === 'fail-then-pass' && index === 1 ? failedReply : passedReply) : null,
      })),
    });
  }

  for (let i = 0; i < 8; i += 1) {
    await learner(
      'dentist',
      { shown: i < 5 ? STANDARD : SWAPPED, choiceId: 'the-review.1', seconds: 30 },
      i < 5 ? { compose: 'fail-then-pass', ending: 'resolved-offline' } : i === 5 ? { compose: 'pass', ending: 'resolved-offline' } : { waiting: 'the-advice' },
    );
  }
  for (let i = 0; i < 3; i += 1) await learner('dental-nurse', { shown: STANDARD, choiceId: 'the-review.2', seconds: 60 }, { ending: 'silence' });
  for (let i = 0; i < 6; i += 1) {
    await learner('dental-nurse', { shown: THIRD_FIRST, choiceId: 'the-review.3', seconds: 60 }, { waiting: i < 3 ? 'the-advice' : 'the-removal' });
  }
  return { practiceId: practice.id, versionId: version.id };
}
