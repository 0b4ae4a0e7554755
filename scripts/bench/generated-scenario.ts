/**
 * The scenario file the benchmarks generate around their scenes: front matter with one source and
 * the given variables, then the scenes (each already `<Scene>…</Scene>` MDX), then the endings.
 * The text must compile without errors, so every benchmark times the compiler on valid input.
 */
export function generatedScenarioSource(scenario: {
  id: string;
  title: string;
  summary: string;
  platform: string;
  variables: Record<string, 'flag' | 'counter'>;
  scenes: string[];
  endings: Array<{ id: string; rating: 'best' | 'good' | 'poor' | 'serious'; text: string }>;
}): string {
  const variables = Object.entries(scenario.variables).map(([name, type]) => `  ${name}: {type: ${type}}`);
  const endings = scenario.endings.map((ending) => `<Ending id="${ending.id}" rating="${ending.rating}">${ending.text}</Ending>`);
  return `---
id: ${scenario.id}
title: ${scenario.title}
summary: ${scenario.summary}
platform: ${scenario.platform}
minutes: 10
outcomes: [A]
objectives: [Finish]
sources:
  - {id: gdc, title: Guidance, publisher: GDC}
variables:
${variables.join('\n')}
version: 1
---

${[...scenario.scenes, ...endings].join('\n\n')}
`;
}
