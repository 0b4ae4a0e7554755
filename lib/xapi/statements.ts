import type { CheckResult, ScenarioDefinition } from '@/lib/scenario/definition';
import { uuidV5 } from './uuid-v5';

/** Postwise's namespace for statement and registration UUIDs (a fixed random UUID; never change it). */
export const POSTWISE_XAPI_NAMESPACE = '3f0b7a52-9c1e-4d8a-b6f2-5e4c1a7d9b30';

const LANGUAGE = 'en-GB';
const VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { [LANGUAGE]: 'answered' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { [LANGUAGE]: 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { [LANGUAGE]: 'failed' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { [LANGUAGE]: 'completed' } },
} as const;
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const SIMULATION = 'http://adlnet.gov/expapi/activities/simulation';
const COURSE = 'http://adlnet.gov/expapi/activities/course';

/** An xAPI 1.0.3 statement as Postwise writes them (a subset of the full statement shape). */
export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: 'Activity';
    id: string;
    definition: {
      type: string;
      name: Record<string, string>;
      interactionType?: 'choice' | 'other';
      choices?: Array<{ id: string; description: Record<string, string> }>;
    };
  };
  result?: {
    response?: string;
    success?: boolean;
    completion?: boolean;
    score?: { raw: number };
    duration?: string;
    extensions?: Record<string, unknown>;
  };
  context: {
    registration: string;
    platform: string;
    language: string;
    contextActivities: {
      parent: Array<{ objectType: 'Activity'; id: string }>;
      grouping: Array<{ objectType: 'Activity'; id: string; definition: { type: string; name: Record<string, string> } }>;
    };
    extensions: Record<string, unknown>;
  };
  timestamp: string;
  version: '1.0.3';
}

/** What a statement is about: the attempt and the content version it was played on. */
export interface StatementScope {
  /** Absolute origin the activity and extension IRIs live under (PUBLIC_BASE_URL). */
  origin: string;
  moduleId: string;
  moduleTitle: string;
  definition: ScenarioDefinition;
  attempt: { id: string; userId: string };
}

/** A decision event as stored; the composed text is deliberately not part of this type. */
export interface StatementEvent {
  id: string;
  sceneId: string;
  kind: string;
  choiceId: string | null;
  optionsShown: string[];
  checkResults: CheckResult[] | null;
  createdAt: Date;
}

const segment = (value: string) => encodeURIComponent(value);

/** The IRIs of the activities and extensions, under the deployment's origin. */
export function xapiIris(scope: Pick<StatementScope, 'origin' | 'moduleId' | 'definition'>) {
  const base = `${scope.origin}/xapi`;
  return {
    module: `${base}/modules/${segment(scope.moduleId)}`,
    scenario: `${base}/scenarios/${segment(scope.definition.id)}`,
    scene: (sceneId: string) => `${base}/scenarios/${segment(scope.definition.id)}/scenes/${segment(sceneId)}`,
    optionsShown: `${base}/extensions/options-shown`,
    contentHash: `${base}/extensions/content-hash`,
    checks: `${base}/extensions/check-results`,
    ending: `${base}/extensions/ending`,
  };
}

function common(scope: StatementScope) {
  const iris = xapiIris(scope);
  return {
    actor: { objectType: 'Agent' as const, account: { homePage: scope.origin, name: scope.attempt.userId } },
    context: {
      registration: uuidV5(`attempt:${scope.attempt.id}`, POSTWISE_XAPI_NAMESPACE),
      platform: 'Postwise',
      language: LANGUAGE,
      contextActivities: {
        parent: [{ objectType: 'Activity' as const, id: iris.scenario }],
        grouping: [{ objectType: 'Activity' as const, id: iris.module, definition: { type: COURSE, name: { [LANGUAGE]: scope.moduleTitle } } }],
      },
      extensions: { [iris.contentHash]: scope.definition.contentHash } as Record<string, unknown>,
    },
    version: '1.0.3' as const,
  };
}

/**
 * One statement for one stored decision: `answered` a `cmi.interaction` of type `choice` (choices in
 * the order shown, the shown order also as an extension, the chosen id as the response), or
 * `passed`/`failed` for a written reply with which checks passed. Never the text the learner wrote.
 * The id is a UUID v5 of the event id, so exporting again gives the same id.
 */
export function decisionStatement(scope: StatementScope, event: StatementEvent): XapiStatement {
  const iris = xapiIris(scope);
  const scene = scope.definition.scenes.find((candidate) => candidate.id === event.sceneId);
  const name = { [LANGUAGE]: scene?.title ?? event.sceneId };
  const base = common(scope);
  if (event.kind === 'compose') {
    const checks = event.checkResults ?? [];
    const passed = checks.every((check) => check.passed);
    return {
      id: uuidV5(`event:${event.id}`, POSTWISE_XAPI_NAMESPACE),
      ...base,
      verb: passed ? VERBS.passed : VERBS.failed,
      object: { objectType: 'Activity', id: iris.scene(event.sceneId), definition: { type: INTERACTION, name, interactionType: 'other' } },
      result: { success: passed, extensions: { [iris.checks]: checks.map((check) => ({ check: check.check, passed: check.passed })) } },
      timestamp: event.createdAt.toISOString(),
    };
  }
  const labels = new Map(scene?.decision.kind === 'choices' ? scene.decision.choices.map((choice) => [choice.id, choice.labelText]) : []);
  return {
    id: uuidV5(`event:${event.id}`, POSTWISE_XAPI_NAMESPACE),
    ...base,
    verb: VERBS.answered,
    object: {
      objectType: 'Activity',
      id: iris.scene(event.sceneId),
      definition: {
        type: INTERACTION,
        name,
        interactionType: 'choice',
        choices: event.optionsShown.map((id) => ({ id, description: { [LANGUAGE]: labels.get(id) ?? id } })),
      },
    },
    result: { response: event.choiceId ?? '' },
    context: { ...base.context, extensions: { ...base.context.extensions, [iris.optionsShown]: event.optionsShown } },
    timestamp: event.createdAt.toISOString(),
  };
}

/**
 * The `completed` statement for a finished attempt: the scenario as a simulation activity, the
 * ending reached, points as the raw score and credited active time as the duration.
 */
export function completionStatement(
  scope: StatementScope,
  completion: { completedAt: Date; endingId: string | null; points: number; activeSeconds: number },
): XapiStatement {
  const iris = xapiIris(scope);
  const ending = scope.definition.endings.find((candidate) => candidate.id === completion.endingId);
  return {
    id: uuidV5(`completion:${scope.attempt.id}`, POSTWISE_XAPI_NAMESPACE),
    ...common(scope),
    verb: VERBS.completed,
    object: { objectType: 'Activity', id: iris.scenario, definition: { type: SIMULATION, name: { [LANGUAGE]: scope.definition.title } } },
    result: {
      completion: true,
      score: { raw: completion.points },
      duration: `PT${Math.max(0, Math.round(completion.activeSeconds))}S`,
      extensions: { [iris.ending]: { id: completion.endingId, rating: ending?.rating ?? null } },
    },
    timestamp: completion.completedAt.toISOString(),
  };
}
