/** At most this many lines of a failed step are repeated in the summary. */
const MAX_LINES = 200;

// Colour codes would only be noise in a CI log read as plain text.
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;

/**
 * Where a failed step's report of its failures begins: Vitest's "Failed Tests" block, or
 * Playwright's numbered list of failed tests ("  1) [chromium] › …"). Lint, type and build
 * errors have no such heading; for them the end of the output is the report.
 */
const FAILURE_REPORT_START = [/⎯+ Failed Tests \d+ ⎯+/, /^\s+1\) \[/];

/**
 * The part of a failed step's output (`output`, as printed, colours included) that says what
 * failed, as plain text of at most 200 lines: from the test runner's own failure report when
 * there is one, else the last lines. Used by `npm test` to repeat failures after every step,
 * so a CI log read from its end still shows them.
 */
export function failureExcerpt(output: string): string {
  const lines = output.replace(ANSI_ESCAPE, '').trimEnd().split('\n');
  const reportStart = FAILURE_REPORT_START.map((heading) => lines.findIndex((line) => heading.test(line))).find((index) => index >= 0);
  const start = reportStart ?? Math.max(0, lines.length - MAX_LINES);
  const excerpt = lines.slice(start, start + MAX_LINES);
  const omitted = lines.length - start - excerpt.length;
  return [...excerpt, ...(omitted > 0 ? [`… ${omitted} more lines in the step's output above`] : [])].join('\n');
}
