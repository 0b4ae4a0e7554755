import { CHECK_GLYPH, CROSS_GLYPH } from '@/components/ui/status-glyphs';
import { Icon } from '@/components/ui/svg-icon';
import { CHECK_FIXES, CHECK_TITLES } from '@/lib/scenario/compose-text';
import type { CheckResult } from '@/lib/scenario/definition';
import { highlightMatches, highlightRanges } from './highlight';
import { countOf } from '@/lib/text/plural';

/** Marks by offset when the checks gave them (exactly what was typed), else by searching for the matched words. */
function segmentsFor(text: string, results: readonly CheckResult[]) {
  if (results.every((result) => result.ranges !== undefined)) return highlightRanges(text, results.flatMap((result) => result.ranges ?? []));
  return highlightMatches(text, results.flatMap((result) => result.matches));
}

/** The learner's text with every word or phrase that made one of `results` fail in a `<mark>`. */
export function MarkedText({ text, results }: { text: string; results: readonly CheckResult[] }) {
  return (
    <blockquote className="whitespace-pre-wrap break-words rounded-md border-l-4 border-slate-400 bg-slate-50 p-3 text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-50">
      {segmentsFor(text, results).map((segment, index) =>
        segment.marked ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-slate-950 underline decoration-2 underline-offset-2 dark:bg-yellow-300">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </blockquote>
  );
}

/** "All 3 checks passed" / "2 of 3 checks need work". */
export function verdictText(results: readonly CheckResult[]): string {
  const failed = results.filter((result) => !result.passed).length;
  if (failed === 0) return results.length === 1 ? 'The check passed' : `All ${results.length} checks passed`;
  return `${failed} of ${countOf(results.length, 'check needs', 'checks need')} work`;
}

/**
 * Each check of a compose reply: failed ones first, with the learner's text and the words that
 * made it fail marked, and why it matters; then the passed ones. Pass and fail are told by an
 * icon and a word, not colour. `showText` prints the whole reply first, every match marked.
 */
export function CheckResults({ text, results, showText = false }: { text: string; results: readonly CheckResult[]; showText?: boolean }) {
  const failed = results.filter((result) => !result.passed);
  const passed = results.filter((result) => result.passed);
  return (
    <div className="space-y-4">
      {showText ? <MarkedText text={text} results={failed} /> : null}
      <p className="font-semibold">{verdictText(results)}</p>
      {failed.length > 0 ? (
        <ul className="space-y-4">
          {failed.map((result) => (
            <li key={result.check} className="space-y-2 rounded-lg border-2 border-red-700 p-3 dark:border-red-300">
              <p className="flex items-center gap-2 font-semibold text-red-900 dark:text-red-100">
                <Icon glyph={CROSS_GLYPH} className="size-5" />
                <span>
                  Needs work: {CHECK_TITLES[result.check]}
                </span>
              </p>
              <p>{result.reason}</p>
              <p>
                <strong>To make it safe:</strong> {CHECK_FIXES[result.check]}
              </p>
              {result.matches.length > 0 ? (
                <>
                  <p>
                    Found in your reply: {result.matches.map((match) => `“${match}”`).join(', ')}
                  </p>
                  <MarkedText text={text} results={[result]} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {passed.length > 0 ? (
        <ul className="space-y-1">
          {passed.map((result) => (
            <li key={result.check} className="flex items-center gap-2">
              <Icon glyph={CHECK_GLYPH} className="size-5 text-emerald-800 dark:text-emerald-200" />
              <span>
                Passed: {CHECK_TITLES[result.check]}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The scenario's model reply, for comparison after every written reply, passed or not. */
export function ModelReply({ text, passed }: { text: string; passed: boolean }) {
  return (
    <div className="space-y-2">
      <p className="font-semibold">{passed ? 'Compare yours with a model reply' : 'A reply that would pass, for comparison'}</p>
      <blockquote className="whitespace-pre-wrap break-words rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-3 text-slate-900 dark:border-emerald-300 dark:bg-emerald-950 dark:text-slate-50">
        {text}
      </blockquote>
    </div>
  );
}
