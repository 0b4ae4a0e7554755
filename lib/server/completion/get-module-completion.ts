import 'server-only';
import { creditedQuarterHours } from '@/lib/cpd/credited-hours';
import { AppError } from '@/lib/errors';
import type { ModuleDefinition } from '@/lib/scenario/definition';
import { db } from '@/lib/server/db/client';
import { learnerModuleCompletion } from '@/lib/play/module-completion';
import { countWords } from '@/lib/text/count-words';
import { readModuleVersionsOn } from './read-module-versions-on';
import { MIN_REFLECTION_WORDS } from './reflection-minimum';
import { unprintableCharacters } from '@/lib/certificates/printable-name';
import { countOf, pluralNoun } from '@/lib/text/plural';

/** Something still standing between the learner and their certificate, in their terms. */
export type CompletionBlocker =
  | { kind: 'scenarios'; message: string }
  | { kind: 'reflection'; message: string }
  | { kind: 'feedback'; message: string }
  | { kind: 'time'; message: string }
  | { kind: 'name'; message: string };

/** Where a learner stands on completing one module. */
export interface ModuleCompletion {
  module: {
    id: string;
    title: string;
    hours: number;
    feedbackRequired: boolean;
    versionId: string;
    version: number;
    contentHash: string;
    definition: ModuleDefinition;
  };
  scenarios: Array<{ id: string; title: string; done: boolean }>;
  reflection: { text: string; words: number; updatedAt: Date } | null;
  feedback: { rating: number; comment: string; createdAt: Date } | null;
  /** Active seconds over every attempt at the module's scenarios, finished or not. */
  activeSeconds: number;
  creditedQuarterHours: number;
  learner: { name: string | null; gdcNumber: string | null };
  certificate: { code: string } | null;
  blockers: CompletionBlocker[];
  /** When the last condition was met; null while any is outstanding. */
  completedAt: Date | null;
}

/**
 * The module's latest published version, each scenario's state (done as every surface decides
 * it: learnerModuleCompletion, over the scenarios of the module version the learner is on), the
 * learner's reflection and feedback, and what is still missing. Everything is read for `userId` only.
 */
export async function getModuleCompletion(options: { userId: string; moduleId: string }): Promise<ModuleCompletion> {
  const { userId, moduleId } = options;
  const row = await db.cpdModule.findUnique({
    where: { id: moduleId },
    select: {
      id: true,
      title: true,
      versions: {
        orderBy: [{ publishedAt: 'desc' }, { version: 'desc' }],
        take: 1,
        select: { id: true, version: true, contentHash: true, definitionJson: true },
      },
      scenarios: { select: { id: true, title: true } },
    },
  });
  const latest = row?.versions[0];
  if (!row || !latest) throw new AppError('NOT_FOUND', 'No such module.');
  const definition = JSON.parse(latest.definitionJson) as ModuleDefinition;
  const titles = new Map(row.scenarios.map((scenario) => [scenario.id, scenario.title]));
  const versionOn = await readModuleVersionsOn({ userIds: [userId] });
  const scenarioIds = versionOn(userId, moduleId)?.definition.scenarios ?? definition.scenarios;

  const [attempts, reflection, feedback, user, certificate] = await Promise.all([
    db.attempt.findMany({
      where: { userId, scenarioVersion: { scenarioId: { in: scenarioIds } } },
      select: { status: true, sequence: true, rating: true, activeSeconds: true, completedAt: true, scenarioVersion: { select: { scenarioId: true } } },
    }),
    db.moduleReflection.findUnique({ where: { userId_moduleId: { userId, moduleId } }, select: { text: true, updatedAt: true } }),
    db.moduleFeedback.findUnique({ where: { userId_moduleId: { userId, moduleId } }, select: { rating: true, comment: true, createdAt: true } }),
    db.user.findUnique({ where: { id: userId }, select: { name: true, certificateName: true, gdcNumber: true } }),
    db.certificate.findUnique({ where: { userId_moduleId: { userId, moduleId } }, select: { code: true } }),
  ]);

  const completion = learnerModuleCompletion({
    scenarioIds,
    attempts: attempts.map((attempt) => ({ ...attempt, scenarioId: attempt.scenarioVersion.scenarioId })),
  });
  // The first ending reached in each scenario is when that scenario was done.
  const firstEndings = completion.scenarios.flatMap(({ progress }) => (progress.completedAt ? [progress.completedAt] : []));
  const scenarios = completion.scenarios.map(({ id, progress }) => ({ id, title: titles.get(id) ?? id, done: progress.status === 'completed' }));
  const activeSeconds = attempts.reduce((total, attempt) => total + attempt.activeSeconds, 0);
  const quarterHours = creditedQuarterHours(activeSeconds, definition.hours);
  const words = reflection ? countWords(reflection.text) : 0;
  const name = user?.certificateName?.trim() || user?.name?.trim() || null;

  const blockers: CompletionBlocker[] = [];
  const outstanding = scenarios.filter((scenario) => !scenario.done).length;
  if (outstanding > 0) {
    blockers.push({ kind: 'scenarios', message: `Play ${outstanding} more ${pluralNoun(outstanding, 'scenario')} to an ending.` });
  }
  if (words < MIN_REFLECTION_WORDS) {
    blockers.push({ kind: 'reflection', message: `Write your reflection: at least ${MIN_REFLECTION_WORDS} words (you have ${words}).` });
  }
  if (definition.feedbackRequired && !feedback) blockers.push({ kind: 'feedback', message: 'Give your feedback on the module.' });
  if (quarterHours === 0) {
    const minutes = Math.floor(activeSeconds / 60);
    blockers.push({
      kind: 'time',
      message: `You have spent ${countOf(minutes, 'minute')} of active learning on this module; at least 15 minutes of active learning are needed for a certificate.`,
    });
  }
  if (!name) blockers.push({ kind: 'name', message: 'Add the name to print on your certificate in your profile.' });
  const unprintable = name ? unprintableCharacters(name) : [];
  if (unprintable.length > 0) {
    // Names saved before the profile checked them, or taken from the account name: a signed certificate cannot be reprinted.
    blockers.push({ kind: 'name', message: `Your certificate name has characters certificates cannot print (${unprintable.join(' ')}): change it in your profile to your name as on the GDC register.` });
  }

  const moments = [...firstEndings, reflection?.updatedAt, definition.feedbackRequired ? feedback?.createdAt : undefined];
  const completedAt =
    blockers.length === 0 ? new Date(Math.max(...moments.filter((moment): moment is Date => moment !== undefined).map((moment) => moment.getTime()))) : null;

  return {
    module: {
      id: row.id,
      title: definition.title || row.title,
      hours: definition.hours,
      feedbackRequired: definition.feedbackRequired,
      versionId: latest.id,
      version: latest.version,
      contentHash: latest.contentHash,
      definition,
    },
    scenarios,
    reflection: reflection ? { text: reflection.text, words, updatedAt: reflection.updatedAt } : null,
    feedback,
    activeSeconds,
    creditedQuarterHours: quarterHours,
    learner: { name, gdcNumber: user?.gdcNumber?.trim() || null },
    certificate,
    blockers,
    completedAt,
  };
}
