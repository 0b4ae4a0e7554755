/**
 * Publishing assigns version numbers (ADR 010): whatever `version:` a draft carries is replaced by
 * the number the server chose, so the text stored, compiled and exported always says the version
 * it was published as. Works on a scenario's frontmatter and on module.yaml alike.
 */
export function withVersion(source: string, version: number, options: { frontmatter: boolean }): string {
  const { head, rest } = options.frontmatter ? splitFrontmatter(source) : { head: source, rest: '' };
  const line = /^version\s*:.*$/m;
  const replaced = line.test(head) ? head.replace(line, `version: ${version}`) : insertVersion(head, version, options.frontmatter);
  return replaced + rest;
}

/** The frontmatter (up to and including its closing `---` line) and everything after it. */
function splitFrontmatter(source: string): { head: string; rest: string } {
  const match = /^---\r?\n[\s\S]*?\r?\n---(\r?\n|$)/.exec(source);
  return match ? { head: match[0], rest: source.slice(match[0].length) } : { head: source, rest: '' };
}

function insertVersion(head: string, version: number, frontmatter: boolean): string {
  if (frontmatter) return head.replace(/\r?\n---(\r?\n|$)$/, (closing) => `\nversion: ${version}${closing}`);
  return `${head}${head.endsWith('\n') || head === '' ? '' : '\n'}version: ${version}\n`;
}

/** The scenario id a source declares in its frontmatter (`id: …`), if it declares one. */
export function declaredScenarioId(source: string): string | undefined {
  return /^id\s*:\s*["']?([^"'\s#]+)/m.exec(splitFrontmatter(source).head)?.[1];
}
