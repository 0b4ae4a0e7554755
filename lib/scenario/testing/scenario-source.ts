/**
 * Builds scenario sources for tests, so each test shows only what it is about and can find the
 * line and column of the element it expects a diagnostic on.
 */

export const BASE_FRONTMATTER = [
  'id: test-scenario',
  'title: A test scenario',
  'summary: Used by the compiler tests.',
  'platform: facebook',
  'minutes: 10',
  'outcomes: [A, C]',
  'objectives:',
  '  - Respond professionally',
  'sources:',
  '  - id: gdc',
  '    title: Guidance on using social media',
  '    publisher: General Dental Council',
  'version: 1',
];

export interface SourceParts {
  /** Extra or replacement frontmatter lines, appended after the base ones. */
  frontmatter?: string[];
  /** Base frontmatter keys to leave out. */
  omit?: string[];
  body: string;
}

export function scenarioSource({ frontmatter = [], omit = [], body }: SourceParts): string {
  const base = BASE_FRONTMATTER.filter((line) => !omit.some((key) => line.startsWith(`${key}:`)));
  return ['---', ...base, ...frontmatter, '---', '', body.trim(), ''].join('\n');
}

/** 1-based line and column of the first occurrence of `needle` (plus `offset` characters). */
export function locate(source: string, needle: string, offset = 0): { line: number; column: number } {
  const index = source.indexOf(needle);
  if (index === -1) throw new Error(`"${needle}" is not in the source`);
  const before = source.slice(0, index + offset);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** A small scenario that compiles cleanly: two scenes, a route, a compose and two endings. */
export const MINIMAL_BODY = `
<Scene id="start" title="The post">
<Post author="Alex">Anyone else had a bad experience here?</Post>

<Choice to="reply">Reply in public</Choice>
<Choice to="ignore">Leave it</Choice>
</Scene>

<Scene id="reply">
<Compose pass="good" fail="poor" checks="neutral-tone invite-contact">
Write your reply.
</Compose>
</Scene>

<Scene id="ignore">
<Route to="poor" />
</Scene>

<Ending id="good" rating="best">Well done.</Ending>

<Ending id="poor" rating="poor">Not ideal.</Ending>
`;
