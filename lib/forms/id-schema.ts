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
