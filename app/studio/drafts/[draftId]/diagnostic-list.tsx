import type { Diagnostic } from '@/lib/scenario/definition';

/** The compiler's diagnostics as `line:column code message`, errors and warnings told apart in words. */
export function DiagnosticList({ diagnostics, headingId }: { diagnostics: readonly Diagnostic[]; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-xl font-semibold">
        Compiler diagnostics
      </h2>
      {diagnostics.length === 0 ? (
        <p>No problems: the scenario compiles cleanly.</p>
      ) : (
        <ul className="space-y-1 font-mono text-sm">
          {diagnostics.map((diagnostic, index) => (
            // The list is replaced whole on each compile, so position is a stable key.
            <li key={index} className={diagnostic.severity === 'error' ? 'text-red-800 dark:text-red-300' : 'text-amber-900 dark:text-amber-200'}>
              {diagnostic.severity === 'error' ? 'Error' : 'Warning'} at line {diagnostic.line}:{diagnostic.column} {diagnostic.code} {diagnostic.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
