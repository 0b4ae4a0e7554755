import { z } from 'zod';
import type { Diagnostic } from './definition';
import { ID_PATTERN, readYaml } from './frontmatter';

/**
 * The source register: each guidance document the library cites, registered once in
 * `scenarios/sources/<id>.yaml` with its currency (checked, review-by, status) and the verbatim
 * text of the passages the library quotes. Pure: works on file contents, never on the disk.
 */

/** One passage or numbered clause; `text` is absent when the library only summarises it. */
export interface RegisteredPassage {
  section?: string;
  title?: string;
  text?: string;
}

export interface RegisteredSource {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  author?: string;
  /** ISO dates (YYYY-MM-DD). */
  published?: string;
  checked: string;
  reviewBy: string;
  status: 'current' | 'superseded';
  /** The id (or title) of what replaced it, when superseded. */
  supersededBy?: string;
  passages: RegisteredPassage[];
}

/** Sources by id. */
export type SourceRegister = ReadonlyMap<string, RegisteredSource>;

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
const text = z.string().trim().min(1, 'must not be empty');

const passageSchema = z.strictObject({ section: text.optional(), title: text.optional(), text: text.optional() });

const sourceSchema = z
  .strictObject({
    id: z.string().regex(ID_PATTERN, 'must be lower-case words joined by hyphens'),
    title: text,
    publisher: text,
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
    author: text.optional(),
    published: isoDate.optional(),
    checked: isoDate,
    reviewBy: isoDate,
    status: z.enum(['current', 'superseded'], { error: 'must be "current" or "superseded"' }),
    supersededBy: text.optional(),
    passages: z.array(passageSchema).min(1),
  })
  .refine((source) => source.status !== 'superseded' || source.supersededBy !== undefined, {
    message: 'a superseded source names what replaced it in `supersededBy`',
    path: ['supersededBy'],
  })
  .refine((source) => new Set(source.passages.flatMap((p) => (p.section ? [p.section] : []))).size === source.passages.filter((p) => p.section).length, {
    message: 'each passage section must be unique',
    path: ['passages'],
  });

/** YAML dates parse as Date objects in some schemas; the register keeps them as text. */
function datesAsText(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesAsText);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesAsText(v)]));
  return value;
}

/**
 * Reads register files (`{file, source}` with the YAML text) into a register. Each problem becomes
 * an E013 diagnostic at the file's line; a file whose stem differs from its `id` is rejected.
 */
export function parseSourceRegister(files: ReadonlyArray<{ file: string; source: string }>): { register: SourceRegister; diagnostics: Diagnostic[] } {
  const register = new Map<string, RegisteredSource>();
  const diagnostics: Diagnostic[] = [];
  for (const { file, source } of files) {
    const yaml = readYaml(source, { line: 1, column: 1 });
    const report = (position: { line: number; column: number }, message: string) =>
      diagnostics.push({ file, line: position.line, column: position.column, code: 'E013', severity: 'error', message });
    for (const problem of yaml.problems) report(problem, problem.message);
    if (yaml.problems.length > 0) continue;
    const parsed = sourceSchema.safeParse(datesAsText(yaml.value));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        report(yaml.positionOf(issue.path), `\`${issue.path.join('.') || 'source'}\` ${issue.message}`);
      }
      continue;
    }
    const stem = /([^/\\]+)\.ya?ml$/i.exec(file)?.[1];
    if (stem !== undefined && stem !== parsed.data.id) {
      report(yaml.positionOf(['id']), `\`id\` is "${parsed.data.id}" but the file is named "${stem}.yaml": make them the same`);
      continue;
    }
    register.set(parsed.data.id, parsed.data);
  }
  return { register, diagnostics };
}

/** Sources whose review-by date is before `today` (YYYY-MM-DD) or that are superseded. */
export function sourcesNeedingReview(register: SourceRegister, today: string): RegisteredSource[] {
  return [...register.values()].filter((source) => source.status === 'superseded' || source.reviewBy < today);
}
