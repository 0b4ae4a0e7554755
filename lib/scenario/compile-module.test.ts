import { describe, expect, it } from 'vitest';
import { compileModule } from './compile-module';

const MODULE = `id: social-media
title: Social media and professionalism
provider: Postwise
description: Branching scenarios.
aims: Keep patients' information private online.
objectives:
  - Recognise identifying details
outcomes: [A, C]
hours: 1.5
scenarios: [fake-review, night-out]
qualityAssurance:
  by: Editorial board
  statement: Reviewed by a defence adviser.
feedbackRequired: true
`;

describe('compileModule', () => {
  it('validates module.yaml into a ModuleDefinition, version 1 by default', () => {
    const result = compileModule({ source: MODULE, file: 'scenarios/social-media/module.yaml', scenarioIds: ['night-out', 'fake-review'] });
    expect(result.diagnostics).toEqual([]);
    expect(result.definition).toMatchObject({ id: 'social-media', hours: 1.5, version: 1, scenarios: ['fake-review', 'night-out'], qualityAssurance: { by: 'Editorial board' } });
    expect(result.definition).not.toHaveProperty('recommendedTopics');
  });

  it('points at the bad key, the unknown key and the missing scenario', () => {
    const source = MODULE.replace('hours: 1.5', 'hours: 0').replace('feedbackRequired: true', 'feedbackRequired: true\nfeedbackRequird: true');
    const result = compileModule({ source, file: 'scenarios/social-media/module.yaml', scenarioIds: ['fake-review'] });
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['E001', 9, 1],
      ['E001', 15, 1],
    ]);
    expect(result.diagnostics[1]!.message).toContain('did you mean "feedbackRequired"');
    const missing = compileModule({ source: MODULE, file: 'scenarios/social-media/module.yaml', scenarioIds: ['fake-review'] });
    expect(missing.diagnostics).toEqual([expect.objectContaining({ code: 'E004', line: 10, column: 26 })]);
  });

  it('requires the id to match the folder', () => {
    const result = compileModule({ source: MODULE, file: 'scenarios/other/module.yaml' });
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'E001', line: 1, column: 1 })]);
  });
});
