/**
 * Adds a scenario id to the `scenarios:` list of a module.yaml text, changing nothing else, so a
 * module that gains a scenario in the studio exports as the file an author would have written.
 * Handles the block list (`scenarios:` then `  - id` lines) and the flow list (`scenarios: [a, b]`).
 * Returns undefined when the text has no list it recognises.
 */
export function withScenarioListed(source: string, scenarioId: string): string | undefined {
  const block = /^scenarios:[ \t]*\r?\n((?:[ \t]+-[^\n]*\r?\n?)+)/m.exec(source);
  if (block) {
    const items = block[1] as string;
    const indent = /^([ \t]+-[ \t]*)/.exec(items)?.[1] ?? '  - ';
    const end = block.index + block[0].length;
    const newline = items.endsWith('\n') ? '' : '\n';
    return `${source.slice(0, end)}${newline}${indent}${scenarioId}\n${source.slice(end)}`;
  }
  const flow = /^scenarios:[ \t]*\[([^\]]*)\]/m.exec(source);
  if (flow) {
    const inside = (flow[1] as string).trim();
    const replacement = `scenarios: [${inside === '' ? scenarioId : `${inside}, ${scenarioId}`}]`;
    return source.slice(0, flow.index) + replacement + source.slice(flow.index + flow[0].length);
  }
  return undefined;
}
