import { describe, expect, it } from 'vitest';
import { withScenarioListed } from './module-source';

describe('withScenarioListed', () => {
  it('appends to a block list, keeping its indentation and everything after it', () => {
    expect(withScenarioListed('id: m\nscenarios:\n  - a\n  - b\nhours: 1\n', 'c')).toBe('id: m\nscenarios:\n  - a\n  - b\n  - c\nhours: 1\n');
    expect(withScenarioListed('scenarios:\n    - a', 'b')).toBe('scenarios:\n    - a\n    - b\n');
  });

  it('appends to a flow list', () => {
    expect(withScenarioListed('scenarios: [a, b]\n', 'c')).toBe('scenarios: [a, b, c]\n');
    expect(withScenarioListed('scenarios: []\n', 'c')).toBe('scenarios: [c]\n');
  });

  it('gives up on a text without a list', () => {
    expect(withScenarioListed('id: m\n', 'c')).toBeUndefined();
  });
});
