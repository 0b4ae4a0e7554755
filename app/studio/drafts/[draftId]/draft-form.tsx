'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorMessage, SuccessMessage } from '@/components/ui/status-message';
import type { Diagnostic } from '@/lib/scenario/definition';
import type { RunPathsState, SaveDraftState } from './actions';
import { DiagnosticList } from './diagnostic-list';
import { StudioWorkbench, type StudioWorkbenchProps } from '@/components/studio/studio-workbench';
import { useRevisionSave } from '../../use-revision-save';
import { countOf } from '@/lib/text/plural';

export interface DraftFormProps extends Pick<StudioWorkbenchProps, 'register' | 'checkReply'> {
  revision: number;
  source: string;
  diagnostics: Diagnostic[];
  save: (previous: SaveDraftState, formData: FormData) => Promise<SaveDraftState>;
  runEveryPath: (previous: RunPathsState, formData: FormData) => Promise<RunPathsState>;
}

/**
 * The draft's text with Save and Run every path. A save carries the revision the text was based on;
 * when someone saved since, the author's text stays in the box, the newer text is shown beside it,
 * and the next save is based on the newer revision, so it is a deliberate replacement.
 */
export function DraftForm({ revision, source, diagnostics, save, runEveryPath, register, checkReply }: DraftFormProps) {
  const [saved, saveAction, saving] = useActionState(save, null);
  const { conflict, baseRevision } = useRevisionSave(saved, revision);
  const [tested, testAction, testing] = useActionState(runEveryPath, null);
  const text = saved?.ok ? saved.source : (conflict?.keptSource ?? source);
  return (
    <div className="space-y-6">
      <form action={saveAction} className="space-y-4">
        <input type="hidden" name="baseRevision" value={baseRevision} />
        {saved ? saved.ok ? <SuccessMessage>{saved.message}</SuccessMessage> : <ErrorMessage>{saved.message}</ErrorMessage> : null}
        {conflict ? (
          <div className="space-y-1">
            <label htmlFor="newer-revision" className="block font-semibold">
              Revision {conflict.revision}, saved by someone else (read only)
            </label>
            <textarea
              id="newer-revision"
              readOnly
              value={conflict.source}
              rows={12}
              className="block w-full rounded-lg border-2 border-slate-400 bg-slate-50 p-3 font-mono text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
            />
          </div>
        ) : null}
        {/* Remounted per revision so the box starts from the text that revision holds. */}
        <StudioWorkbench key={`${baseRevision}-${conflict ? 'kept' : 'saved'}`} fieldName="source" initialSource={text} register={register} checkReply={checkReply} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={saving}>
            Save
          </Button>
          <Button type="submit" variant="secondary" formAction={testAction} disabled={testing}>
            Run every path
          </Button>
        </div>
      </form>
      <DiagnosticList diagnostics={saved?.ok ? saved.diagnostics : diagnostics} headingId="diagnostics" />
      <PlayTestResult state={tested} />
    </div>
  );
}

/** What "Run every path" found: each failure with the path that reproduces it, as `scenario test` prints. */
function PlayTestResult({ state }: { state: RunPathsState }) {
  if (!state) return null;
  if (!state.ok) return <ErrorMessage>{state.message}</ErrorMessage>;
  return (
    <section aria-labelledby="play-test" className="space-y-2">
      <h2 id="play-test" className="text-xl font-semibold">
        Every path
      </h2>
      {!state.report ? (
        <ErrorMessage>The text does not compile, so no path could be played: fix the errors above first.</ErrorMessage>
      ) : state.report.failures.length === 0 ? (
        <SuccessMessage>
          No failures: {state.report.states} states explored, endings reached: {state.report.endingsReached.join(', ') || 'none'}; {state.report.examplesJudged} written-reply
          examples judged as expected.
        </SuccessMessage>
      ) : (
        <div role="alert" className="space-y-2">
          <p>
            {countOf(state.report.failures.length, 'failure')} ({state.report.states} states explored):
          </p>
          <ul className="list-disc space-y-2 pl-6">
            {state.report.failures.map((failure, index) => (
              // Replaced whole on each run.
              <li key={index}>
                <strong>{failure.kind}</strong>: <span className="whitespace-pre-wrap">{failure.message}</span>
                {failure.path ? (
                  <>
                    <br />
                    Reproduce: <code>--path &apos;{JSON.stringify(failure.path)}&apos;</code>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
