import { isMap, isPair, isScalar, parseDocument, stringify } from 'yaml';
import { z } from 'zod';
import { OUTCOMES, type ModuleDefinition } from '@/lib/scenario/definition';
import { ID_PATTERN } from '@/lib/scenario/frontmatter';

/**
 * The module.yaml fields the studio's module form edits (what each means: ModuleDefinition); every
 * other key is kept as written. `recommendedTopics` is empty, not absent, when module.yaml names none.
 */
export type ModuleFields = Required<
  Pick<ModuleDefinition, 'title' | 'provider' | 'description' | 'aims' | 'objectives' | 'outcomes' | 'hours' | 'scenarios' | 'qualityAssurance' | 'recommendedTopics'>
>;

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `Keep the ${label} to ${max} characters at most.`);

/**
 * The module form's fields, with the limits of module.yaml (lib/scenario/compile-module.ts) as
 * messages an author can act on. Hours follow the certificates' rule (lib/cpd/credited-hours.ts):
 * time is credited in whole quarter hours up to the module's hours, so the hours must be a multiple
 * of 0.25, more than 0 and at most 100 (the limit module.yaml and the CPD record use).
 */
export const moduleFieldsSchema = z.object({
  title: text('title', 120),
  provider: text('provider', 200),
  description: text('description', 4000),
  aims: text('aims', 2000),
  objectives: z
    .array(z.string().trim().max(300, 'Keep each objective to 300 characters at most.'))
    .transform((lines) => lines.filter((line) => line !== ''))
    .pipe(z.array(z.string()).min(1, 'Give at least one learning objective.')),
  outcomes: z
    .array(z.enum(OUTCOMES, { error: 'Development outcomes are the letters A, B, C and D.' }))
    .min(1, 'Choose at least one development outcome.')
    .transform((letters) => OUTCOMES.filter((letter) => letters.includes(letter))),
  hours: z.coerce
    .number({ error: 'Enter the hours as a number, for example 1.5.' })
    .positive('Enter the hours as a number greater than 0, for example 1.5.')
    .max(100, 'Enter at most 100 hours for one module.')
    .refine((hours) => Number.isInteger(Math.round(hours * 4 * 1e6) / 1e6), 'CPD time is credited in quarter hours: enter the hours as a multiple of 0.25, for example 1.75.'),
  scenarios: z
    .array(z.string().regex(ID_PATTERN, 'A scenario id in the list is not a scenario id.'))
    .min(1, 'Keep at least one scenario in the module.')
    .refine((ids) => new Set(ids).size === ids.length, 'A scenario is listed twice.'),
  qualityAssurance: z.object({ by: text('name of who quality-assured the module', 200), statement: text('quality assurance statement', 1000) }),
  // Optional in module.yaml: no topics leaves the key out rather than writing an empty list it refuses.
  recommendedTopics: z
    .array(z.string().trim().max(200, 'Keep each recommended topic to 200 characters at most.'))
    .transform((lines) => lines.filter((line) => line !== '')),
});

/** Top-level keys of module.yaml the form edits, in the order they are written when missing. */
const EDITED_KEYS = ['title', 'provider', 'description', 'aims', 'objectives', 'outcomes', 'hours', 'scenarios', 'qualityAssurance', 'recommendedTopics'] as const;

/** Optional keys whose entry is removed, not written empty, when the form leaves them empty. */
const OMITTED_WHEN_EMPTY: ReadonlySet<string> = new Set(['recommendedTopics']);

/**
 * Reads the form's fields from a module.yaml text. Returns undefined when the text is not a YAML
 * map; missing or mistyped fields come back empty, for the form (and its checks) to show.
 */
export function readModuleFields(source: string): ModuleFields | undefined {
  const document = parseDocument(source);
  if (document.errors.length > 0) return undefined;
  const value: unknown = document.toJS();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const data = value as Record<string, unknown>;
  const qa = typeof data.qualityAssurance === 'object' && data.qualityAssurance !== null ? (data.qualityAssurance as Record<string, unknown>) : {};
  return {
    title: asText(data.title),
    provider: asText(data.provider),
    description: asText(data.description),
    aims: asText(data.aims),
    objectives: asList(data.objectives),
    outcomes: OUTCOMES.filter((letter) => asList(data.outcomes).includes(letter)),
    hours: typeof data.hours === 'number' ? data.hours : 0,
    scenarios: asList(data.scenarios),
    qualityAssurance: { by: asText(qa.by), statement: asText(qa.statement) },
    recommendedTopics: asList(data.recommendedTopics),
  };
}

/**
 * Writes the form's fields into a module.yaml text, changing only the fields whose value changed:
 * each changed key's entry is replaced in place (its comments and the other keys keep their bytes),
 * so an unchanged form gives back the text exactly and `scenario export` writes the file an author
 * would have written. Returns undefined when the text is not a YAML map.
 */
export function writeModuleFields(source: string, fields: ModuleFields): string | undefined {
  const document = parseDocument(source, { keepSourceTokens: true });
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  const current = readModuleFields(source);
  if (!current) return undefined;
  const edits: Array<{ start: number; end: number; text: string; omitted: boolean }> = [];
  const missing: string[] = [];
  for (const key of EDITED_KEYS) {
    if (JSON.stringify(current[key]) === JSON.stringify(fields[key])) continue;
    const omitted = OMITTED_WHEN_EMPTY.has(key) && Array.isArray(fields[key]) && fields[key].length === 0;
    const entry = omitted ? '' : stringify({ [key]: fields[key] }, { lineWidth: 100 }).replace(/\n$/, '');
    const pair = document.contents.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
    const valueRange = pair && pair.value && typeof pair.value === 'object' && 'range' in pair.value ? (pair.value.range as [number, number, number] | undefined) : undefined;
    if (keyRange && valueRange) edits.push({ start: keyRange[0], end: valueRange[1], text: entry, omitted });
    else if (!omitted) missing.push(entry);
  }
  let result = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    // A block value's range ends after its last line break; the entry written back supplies its own.
    // A removed entry takes its line break with it, so no blank line is left behind.
    const blockEnd = result[edit.end - 1] === '\n' ? edit.end - 1 : edit.end;
    const end = edit.omitted && result[blockEnd] === '\n' ? blockEnd + 1 : blockEnd;
    result = result.slice(0, edit.start) + edit.text + result.slice(end);
  }
  if (missing.length > 0) result = `${result}${result.endsWith('\n') || result === '' ? '' : '\n'}${missing.join('\n')}\n`;
  return result;
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
