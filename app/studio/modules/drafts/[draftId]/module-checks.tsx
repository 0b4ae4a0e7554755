import type { Diagnostic } from '@/lib/scenario/definition';

/** The checks publishing runs on the module's text, listed as an author can act on them. */
export function ModuleChecks({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  return (
    <section aria-labelledby="module-checks" className="space-y-2">
      <h2 id="module-checks" className="text-xl font-semibold">
        Checks before publishing
      </h2>
      {diagnostics.length === 0 ? (
        <p>No problems: the module passes the checks publishing runs.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6">
          {diagnostics.map((diagnostic, index) => (
            // Replaced whole on each page load.
            <li key={index} className={diagnostic.severity === 'error' ? 'text-red-800 dark:text-red-300' : 'text-amber-900 dark:text-amber-200'}>
              {diagnostic.severity === 'error' ? 'Error' : 'Warning'} ({diagnostic.code}, module.yaml line {diagnostic.line}): {diagnostic.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
