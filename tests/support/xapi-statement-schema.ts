/**
 * The xAPI 1.0.3 statement, written as a zod schema from the specification (adlnet/xAPI-Spec,
 * xAPI-Data.md §2.4 "Statement Properties"), for validating what Postwise exports. Strict objects:
 * an LRS rejects statements with properties the spec does not define (§2.2). Covers the parts a
 * statement with an Agent actor and an Activity object can use; Groups, SubStatements, attachments
 * and authority (set by the LRS) are out of scope and therefore rejected.
 */
import { z } from 'zod';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i, 'a UUID (RFC 4122)');
/** An absolute IRI with a scheme (§4.0 "IRI"). */
const iri = z.string().regex(/^[a-z][a-z0-9+.-]*:[^\s]+$/i, 'an absolute IRI');
/** An IRL: an IRI that resolves, here http or https. */
const irl = z.string().regex(/^https?:\/\/[^\s]+$/i, 'an http(s) IRL');
/** RFC 5646 language tag keys (§4.0 "Language Map"). */
const languageMap = z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'an RFC 5646 language tag'), z.string());
/** Keys are IRIs; values any JSON (§2.4.4 "Extensions"). */
const extensions = z.record(iri, z.unknown());
/** ISO 8601 with a time zone (§4.5 "ISO 8601 Timestamps"). */
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, 'an ISO 8601 timestamp with a zone');
/** ISO 8601 duration (§4.6). */
const duration = z.string().regex(/^P(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?W)?(?:\d+(?:\.\d+)?D)?(?:T(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?$/, 'an ISO 8601 duration');

const account = z.strictObject({ homePage: irl, name: z.string().min(1) });
/** An Agent with exactly one inverse functional identifier (§2.4.2.1). */
const agent = z
  .strictObject({
    objectType: z.literal('Agent').optional(),
    name: z.string().optional(),
    mbox: z.string().regex(/^mailto:/).optional(),
    mbox_sha1sum: z.string().regex(/^[0-9a-f]{40}$/).optional(),
    openid: iri.optional(),
    account: account.optional(),
  })
  .refine((value) => [value.mbox, value.mbox_sha1sum, value.openid, value.account].filter((identifier) => identifier !== undefined).length === 1, {
    message: 'an Agent needs exactly one inverse functional identifier',
  });

const verb = z.strictObject({ id: iri, display: languageMap.optional() });

const interactionComponent = z.strictObject({ id: z.string().regex(/^\S+$/, 'an id without whitespace'), description: languageMap.optional() });
const interactionTypes = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'] as const;

/** Activity definition with the interaction properties of §2.4.4.1; component lists only with their types. */
const activityDefinition = z
  .strictObject({
    name: languageMap.optional(),
    description: languageMap.optional(),
    type: iri.optional(),
    moreInfo: irl.optional(),
    extensions: extensions.optional(),
    interactionType: z.enum(interactionTypes).optional(),
    correctResponsesPattern: z.array(z.string()).optional(),
    choices: z.array(interactionComponent).optional(),
    scale: z.array(interactionComponent).optional(),
    source: z.array(interactionComponent).optional(),
    target: z.array(interactionComponent).optional(),
    steps: z.array(interactionComponent).optional(),
  })
  .refine((definition) => !definition.choices || definition.interactionType === 'choice' || definition.interactionType === 'sequencing', {
    message: '`choices` is only allowed for choice and sequencing interactions',
  })
  .refine((definition) => !definition.choices || new Set(definition.choices.map((choice) => choice.id)).size === definition.choices.length, {
    message: 'interaction component ids must be distinct',
  })
  .refine((definition) => !definition.interactionType || definition.type === undefined || definition.type === 'http://adlnet.gov/expapi/activities/cmi.interaction', {
    message: 'interaction activities should have the cmi.interaction type',
  });

const activity = z.strictObject({ objectType: z.literal('Activity').optional(), id: iri, definition: activityDefinition.optional() });

const result = z.strictObject({
  score: z
    .strictObject({ scaled: z.number().min(-1).max(1).optional(), raw: z.number().optional(), min: z.number().optional(), max: z.number().optional() })
    .optional(),
  success: z.boolean().optional(),
  completion: z.boolean().optional(),
  response: z.string().optional(),
  duration: duration.optional(),
  extensions: extensions.optional(),
});

const context = z.strictObject({
  registration: uuid.optional(),
  instructor: agent.optional(),
  contextActivities: z
    .strictObject({
      parent: z.array(activity).optional(),
      grouping: z.array(activity).optional(),
      category: z.array(activity).optional(),
      other: z.array(activity).optional(),
    })
    .optional(),
  revision: z.string().optional(),
  platform: z.string().optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
  statement: z.strictObject({ objectType: z.literal('StatementRef'), id: uuid }).optional(),
  extensions: extensions.optional(),
});

/** A statement as a Learning Record Provider sends it (no `stored` or `authority`: the LRS sets those). */
export const xapiStatementSchema = z.strictObject({
  id: uuid.optional(),
  actor: agent,
  verb,
  object: activity,
  result: result.optional(),
  context: context.optional(),
  timestamp: timestamp.optional(),
  version: z.string().regex(/^1\.0(\.\d+)?$/, 'an xAPI 1.0.x version').optional(),
});
