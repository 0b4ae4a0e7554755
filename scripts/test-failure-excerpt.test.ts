import { describe, expect, it } from 'vitest';
import { failureExcerpt } from './test-failure-excerpt';

describe('failureExcerpt', () => {
  it("starts at Vitest's failed-tests report and drops colours", () => {
    const output = [' ✓ passes', ' \u001b[31m×\u001b[39m fails', '⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯', ' FAIL  a.test.ts > fails', 'AssertionError: expected 1 to be 2', ' Test Files  1 failed (1)'].join('\n');
    expect(failureExcerpt(output)).toBe(['⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯', ' FAIL  a.test.ts > fails', 'AssertionError: expected 1 to be 2', ' Test Files  1 failed (1)'].join('\n'));
  });

  it("starts at Playwright's numbered list of failures", () => {
    const output = ['  ✓  1 [chromium] › a.spec.ts:3:1 › works (2.0s)', '  ✘  2 [chromium] › b.spec.ts:9:1 › breaks (3.1s)', '', '  1) [chromium] › b.spec.ts:9:1 › breaks', '    Error: expect(locator).toBeVisible() failed', '  1 failed'].join('\n');
    expect(failureExcerpt(output).split('\n')[0]).toBe('  1) [chromium] › b.spec.ts:9:1 › breaks');
  });

  it('keeps the last 200 lines of output without a report, saying how many it left out', () => {
    const output = Array.from({ length: 250 }, (_, index) => `line ${index + 1}`).join('\n');
    const excerpt = failureExcerpt(output).split('\n');
    expect(excerpt[0]).toBe('line 51');
    expect(excerpt.at(-1)).toBe('line 250');
  });

  it('caps a long report at 200 lines and says how many more there are', () => {
    const output = ['⎯⎯⎯ Failed Tests 3 ⎯⎯⎯', ...Array.from({ length: 300 }, (_, index) => `detail ${index + 1}`)].join('\n');
    const excerpt = failureExcerpt(output).split('\n');
    expect(excerpt).toHaveLength(201);
    expect(excerpt.at(-1)).toBe("… 101 more lines in the step's output above");
  });
});
