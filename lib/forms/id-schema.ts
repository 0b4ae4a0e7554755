import { z } from 'zod';
import { ID_PATTERN } from '@/lib/scenario/frontmatter';

/**
 * The id of a stored row (Prisma's `cuid()`) as a form or the player sends it back. Only its
 * shape is checked here: whether the row exists and belongs to the user is the query's job
 * (house style 4), so a wrong id and someone else's id both end as NOT_FOUND there.
 */
export const recordIdSchema = z.string().trim().min(1, 'Nothing was chosen.').max(100, 'That id is too long.');

/**
 * A module or scenario id from a URL or a form: lower-case words joined by hyphens, the rule
 * scenario front matter enforces (ID_PATTERN), so anything else names no content.
 */
export const contentIdSchema = z.string().trim().max(100, 'That id is too long.').regex(ID_PATTERN, 'There is no such module or scenario.');

/**
 * A choice from a select that starts on its empty "Choose …" option (`ChooseOption`): left there
 * (or missing), it is refused as "Choose {what}.", which names the field, before `schema`'s own
 * rule. A select that decides something never starts on a real choice, so an untouched form
 * decides nothing (a user trial assigned the only module by pressing "Assign module", issue 18).
 */
export function chosen<T extends z.ZodType<unknown, string>>(what: string, schema: T) {
  const message = `Choose ${what}.`;
  return z.string(message).trim().min(1, message).pipe(schema);
}
