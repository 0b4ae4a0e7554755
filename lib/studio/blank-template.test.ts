import { describe, expect, it } from 'vitest';
import { compileScenario } from '@/lib/scenario/compiler/compile-scenario';
import { loadSourceRegister } from '@/lib/scenario/scenario-files';
import { blankScenarioSource } from './blank-template';

describe('blankScenarioSource', () => {
  it('compiles against the source register with no diagnostic at all, under the id it is given', () => {
    const result = compileScenario({ source: blankScenarioSource('holiday-photos'), file: 'holiday-photos.mdx', register: loadSourceRegister().register });
    expect(result.diagnostics).toEqual([]);
    expect(result.definition?.id).toBe('holiday-photos');
  });
});
