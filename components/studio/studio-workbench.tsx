'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { Diagnostic, ScenarioDefinition } from '@/lib/scenario/definition';
import type { SourceRegister } from '@/lib/scenario/source-register';
import { buildBranchGraph } from '@/lib/studio/branch-map/build-branch-map';
import type { CompletionNames } from '@/lib/studio/editor/completion';
import { toEditorDiagnostics } from '@/lib/studio/editor/diagnostics';
import type { SourceOutline } from '@/lib/studio/editor/source-outline';
import type { DraftReplyCheck } from '@/lib/studio/preview/draft-reply-check';
import { BranchMap } from './branch-map';
import { CodeEditor, type CodeEditorHandle } from './code-editor';
import { ComponentReferencePanel } from './component-reference-panel';
import { LivePreview } from './live-preview';
import { useDraftAnalysis } from './use-draft-analysis';
import { countOf } from '@/lib/text/plural';

export type { DraftReplyCheck } from '@/lib/studio/preview/draft-reply-check';

export interface StudioWorkbenchProps {
  /** The name the draft's text is submitted under by the page's save form. */
  fieldName: string;
  initialSource: string;
  /** The source register the compiler checks citations and quotations against. */
  register: SourceRegister;
  /** A server action that judges a written reply against the draft text it is given; nothing is saved. */
  checkReply: (input: { source: string; sceneId: string; text: string }) => Promise<DraftReplyCheck>;
}

type Panel = 'preview' | 'map' | 'reference';
const PANELS: Array<{ panel: Panel; label: string }> = [
  { panel: 'preview', label: 'Preview' },
  { panel: 'map', label: 'Branch map' },
  { panel: 'reference', label: 'Components' },
];

/**
 * The authoring workbench, rendered inside the page's save form: the scenario source in a code
 * editor with the compiler's diagnostics as the author types (compiled in a worker), and beside
 * it the live preview, the branch map and the components' quick reference. The text is submitted
 * as the form field `fieldName`; nothing here saves anything, and the server compiles what it
 * receives for itself.
 */
export function StudioWorkbench({ fieldName, initialSource, register, checkReply }: StudioWorkbenchProps) {
  const id = useId();
  const [text, setText] = useState(initialSource);
  const [panel, setPanel] = useState<Panel>('preview');
  const editor = useRef<CodeEditorHandle>(null);
  const problemsHeading = useRef<HTMLHeadingElement>(null);
  const { current, crash, pending, failed } = useDraftAnalysis(text, register);

  // The preview and the map keep the last text that compiled (or parsed) while the author is mid-edit.
  const [compiled, setCompiled] = useState<{ definition: ScenarioDefinition; source: string } | undefined>(undefined);
  const [mapped, setMapped] = useState<{ outline: SourceOutline; diagnostics: Diagnostic[] } | undefined>(undefined);
  if (current?.analysis.definition && current.source !== compiled?.source) setCompiled({ definition: current.analysis.definition, source: current.source });
  if (current?.analysis.outline && current.analysis.outline !== mapped?.outline) setMapped({ outline: current.analysis.outline, diagnostics: current.analysis.diagnostics });
  const outline = mapped?.outline;

  const diagnostics = useMemo(() => (current ? toEditorDiagnostics(current.analysis.diagnostics, current.source) : []), [current]);
  const names = useMemo<CompletionNames>(() => ({ outline, sourceIds: [...register.keys()] }), [outline, register]);
  // The map pairs an outline with the diagnostics of the same text, so E005/E007 land on the right lines.
  const graph = useMemo(() => (mapped ? buildBranchGraph(mapped.outline, mapped.diagnostics) : undefined), [mapped]);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;

  const summary = failed
    ? 'The checker stopped; reload the page to check the draft again.'
    : crash
      ? `The checker failed on this text (${crash}); it checks again after your next change.`
      : !current
        ? 'Checking the draft…'
        : `${errors === 0 ? 'No errors' : `${countOf(errors, 'error')}`}, ${countOf(warnings, 'warning')}.`;

  return (
    <div className="grid min-w-0 gap-6 lg:grid-cols-2">
      <textarea name={fieldName} value={text} readOnly hidden />
      <section aria-labelledby={`${id}-editor`} className="min-w-0 space-y-3">
        <h2 id={`${id}-editor`} className="text-lg font-bold">
          Scenario source
        </h2>
        <p id={`${id}-keys`} className="text-sm text-slate-700 dark:text-slate-200">
          MDX with YAML frontmatter. Ctrl+Space suggests components, attributes, ids and variables; Escape leaves the editor; Tab moves on.
        </p>
        <CodeEditor
          ref={editor}
          initialText={initialSource}
          onChange={setText}
          diagnostics={diagnostics}
          names={names}
          labelledBy={`${id}-editor`}
          describedBy={`${id}-keys`}
          onLeave={() => problemsHeading.current?.focus()}
        />
        <h3 id={`${id}-problems`} ref={problemsHeading} tabIndex={-1} className="font-semibold">
          Problems
        </h3>
        {/* Only the counts are announced (politely, when they change); the timing and "checking" note change on every pause. */}
        <p className="text-sm">
          <span role="status">{summary}</span>
          {current && pending ? ' Checking changes…' : null}
          {current ? <span className="text-slate-700 dark:text-slate-200"> Checked in {Math.round(current.milliseconds)} ms.</span> : null}
        </p>
        {diagnostics.length > 0 ? (
          <ul aria-labelledby={`${id}-problems`} className="max-h-64 space-y-1 overflow-auto">
            {diagnostics.map((diagnostic, index) => (
              <li key={`${index}:${diagnostic.message}`}>
                <button
                  type="button"
                  onClick={() => editor.current?.goToLine(diagnostic.line)}
                  className={`w-full rounded-md border-l-4 p-2 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800 ${diagnostic.severity === 'error' ? 'border-red-700 dark:border-red-300' : 'border-amber-700 dark:border-amber-300'}`}
                >
                  <span className="font-semibold">
                    Line {diagnostic.line}, {diagnostic.severity}:
                  </span>{' '}
                  {diagnostic.message}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {/* Beside a long draft, the panels stay in view while the page scrolls the editor. */}
      <div className="min-w-0 space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:self-start lg:overflow-auto lg:p-1">
        <div role="group" aria-label="Beside the editor" className="flex flex-wrap gap-2">
          {PANELS.map((choice) => (
            <Button key={choice.panel} variant={panel === choice.panel ? 'primary' : 'secondary'} aria-pressed={panel === choice.panel} onClick={() => setPanel(choice.panel)}>
              {choice.label}
            </Button>
          ))}
        </div>
        {panel === 'preview' ? (
          compiled ? (
            <LivePreview definition={compiled.definition} source={compiled.source} stale={current?.source !== compiled.source} checkReply={checkReply} />
          ) : (
            <p>The preview starts once the draft compiles without errors.</p>
          )
        ) : null}
        {panel === 'map' ? (
          graph ? (
            <BranchMap graph={graph} onSelect={(line) => editor.current?.goToLine(line)} />
          ) : (
            <p>The branch map appears once the draft can be read.</p>
          )
        ) : null}
        {panel === 'reference' ? <ComponentReferencePanel headingId={`${id}-reference`} /> : null}
      </div>
    </div>
  );
}
