import 'server-only';
import { HEARTBEAT_INTERVAL_SECONDS } from '@/lib/play/active-time-credit';
import { markFeedbackRead } from '@/lib/server/attempts/mark-feedback-read';
import { openAttempt } from '@/lib/server/attempts/open-attempt';
import { readDefinition } from '@/lib/server/attempts/read-definition';
import { recordActiveTime } from '@/lib/server/attempts/record-active-time';
import { recordDecision } from '@/lib/server/attempts/record-decision';
import { issueCertificate } from '@/lib/server/certificates/issue-certificate';
import { getModuleCompletion } from '@/lib/server/completion/get-module-completion';
import { saveModuleFeedback } from '@/lib/server/completion/save-module-feedback';
import { saveReflection } from '@/lib/server/completion/save-reflection';
import { db } from '@/lib/server/db/client';
import { demoPlayPath } from './demo-play-path';

/** What the demo learner writes on the completion page. */
export interface DemoCompletionWork {
  reflection: string;
  feedback: { rating: number; comment: string };
}

/**
 * Earns a learner's certificate for a module through the code a learner's browser reaches, never by
 * writing rows: each unfinished scenario is opened (openAttempt) and played to its best ending
 * (demoPlayPath) with decision saves (recordDecision) and the player's heartbeats every
 * HEARTBEAT_INTERVAL_SECONDS (recordActiveTime), so the server's own clock credits the time; then
 * the reflection and the feedback are saved as the completion page's actions save them, and the
 * certificate is issued (issueCertificate). The play is driven with the server's injectable clock:
 * each scenario takes the minutes its author states, and the session ends at `now` (default: the
 * current time), so nothing is credited in the future. Idempotent: a learner who already holds the
 * certificate gets it back (`issued: false`) and nothing is played. Throws what those functions
 * throw (e.g. CONFLICT when the module still is not complete), and an Error naming a scenario no
 * ending of which can be reached.
 */
export async function earnDemoCertificate(options: {
  userId: string;
  moduleId: string;
  /** Origin of the verify URL on the certificate, e.g. http://localhost:3000. */
  origin: string;
  work: DemoCompletionWork;
  now?: Date;
}): Promise<{ code: string; issued: boolean }> {
  const { userId, moduleId, origin, work, now = new Date() } = options;
  const held = await db.certificate.findUnique({ where: { userId_moduleId: { userId, moduleId } }, select: { code: true } });
  if (held) return { code: held.code, issued: false };

  const completion = await getModuleCompletion({ userId, moduleId });
  const plan = await Promise.all(completion.scenarios.filter((scenario) => !scenario.done).map((scenario) => plannedSeconds(moduleId, scenario.id)));
  let clock = now.getTime() - plan.reduce((total, { seconds }) => total + seconds, 0) * 1000;
  const at = (seconds: number) => new Date((clock += seconds * 1000));

  for (const { scenarioId, seconds } of plan) {
    const attempt = await openAttempt({ userId, moduleId, scenarioId, now: at(0) });
    const path = demoPlayPath(attempt);
    if (!path) throw new Error(`No ending of scenario "${scenarioId}" can be reached, so the demo learner cannot finish it.`);
    // The player's first report starts the learner's clock; the time after it is what gets credited.
    await recordActiveTime({ userId, attemptId: attempt.attemptId, activeSecondsDelta: 0, now: at(0) });
    const perDecision = Math.floor(seconds / path.events.length);
    for (const [index, event] of path.events.entries()) {
      let unreported = perDecision;
      for (; unreported > HEARTBEAT_INTERVAL_SECONDS; unreported -= HEARTBEAT_INTERVAL_SECONDS) {
        await recordActiveTime({ userId, attemptId: attempt.attemptId, activeSecondsDelta: HEARTBEAT_INTERVAL_SECONDS, now: at(HEARTBEAT_INTERVAL_SECONDS) });
      }
      const sequence = attempt.sequence + index + 1;
      const saved = await recordDecision({ userId, attemptId: attempt.attemptId, sequence, event, activeSecondsDelta: unreported, now: at(unreported) });
      if (!saved.ok) throw new Error(`Decision ${sequence} of scenario "${scenarioId}" was not saved: ${saved.message}`);
      if (index < path.events.length - 1) await markFeedbackRead({ userId, attemptId: attempt.attemptId, sequence });
    }
    // Whatever the division left over passes between scenarios, uncredited, so the session ends at `now`.
    at(seconds - perDecision * path.events.length);
  }

  await saveReflection({ userId, moduleId, text: work.reflection });
  await saveModuleFeedback({ userId, moduleId, ...work.feedback });
  return issueCertificate({ userId, moduleId, origin });
}

/**
 * The scenario's stated minutes, in seconds, from the version a new attempt starts on (openAttempt's
 * rule: the newest published), so the session can be laid out before any attempt starts.
 */
async function plannedSeconds(moduleId: string, scenarioId: string): Promise<{ scenarioId: string; seconds: number }> {
  const version = await db.scenarioVersion.findFirstOrThrow({
    where: { scenarioId, scenario: { moduleId } },
    orderBy: { publishedAt: 'desc' },
    select: { id: true, definitionJson: true },
  });
  return { scenarioId, seconds: readDefinition(version).minutes * 60 };
}
