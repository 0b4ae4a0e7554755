import { COMPONENT_REFERENCE } from '@/lib/studio/editor/component-reference';

/**
 * The quick reference: every component of the scenario language, where it goes and its
 * attributes, each in a disclosure so the list stays short. No hooks: a plain list.
 */
export function ComponentReferencePanel({ headingId }: { headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-bold">
        Components
      </h2>
      <p className="text-sm">Type &lt; in the editor for the list, a space inside a tag for its attributes, or press Ctrl+Space.</p>
      <ul className="space-y-2">
        {COMPONENT_REFERENCE.map((component) => (
          <li key={component.name}>
            <details className="rounded-md border border-slate-300 p-2 dark:border-slate-600">
              <summary className="min-h-6 cursor-pointer font-mono font-semibold">&lt;{component.name}&gt;</summary>
              <p className="mt-1">{component.summary}</p>
              <p className="text-sm text-slate-700 dark:text-slate-200">Goes {component.place}.</p>
              {component.attributes.length > 0 ? (
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  {component.attributes.map((attribute) => (
                    <div key={attribute.name} className="contents">
                      <dt className="font-mono font-semibold">
                        {attribute.name}
                        {attribute.required ? ' (required)' : ''}
                      </dt>
                      <dd className="font-mono break-all">
                        {attribute.name}={attribute.example}
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : (
                <p className="text-sm">No attributes.</p>
              )}
              {/* Wrapped, not scrolled: a scroll box here would need its own keyboard focus (WCAG 2.1.1). */}
              <pre className="mt-2 rounded bg-slate-100 p-2 text-sm break-all whitespace-pre-wrap dark:bg-slate-800">
                {component.selfClosing
                  ? `<${component.name}${component.attributes.filter((a) => a.required).map((a) => ` ${a.name}=${a.example}`).join('')} />`
                  : `<${component.name}${component.attributes.filter((a) => a.required).map((a) => ` ${a.name}=${a.example}`).join('')}>\n…\n</${component.name}>`}
              </pre>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
