'use client';

import type { CheckResult } from '@/lib/scenario/definition';
import type { SourceRegister } from '@/lib/scenario/source-register';

/** What the editor needs from the page (kept exactly for components/studio/studio-workbench.tsx). */
export interface SourceFieldProps {
  initialSource: string;
  /** The guidance source register, for completion of source ids and sections. */
  register: SourceRegister;
  /** Judges a written reply to one `<Compose>` of the text on the server. */
  checkReply: (input: { source: string; sceneId: string; text: string }) => Promise<{ ok: true; passed: boolean; results: CheckResult[] } | { ok: false; message: string }>;
}

/**
 * The draft's text inside the save form, posted as `source`. A plain text box for now: the
 * studio's editor (CodeMirror, live preview, branch map) replaces this body and uses the register
 * and checkReply it is given.
 */
export function SourceField(props: SourceFieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor="scenario-source" className="block font-semibold">
        Scenario source
      </label>
      <textarea
        id="scenario-source"
        name="source"
        defaultValue={props.initialSource}
        rows={30}
        spellCheck={false}
        className="block w-full rounded-lg border-2 border-slate-400 bg-white p-3 font-mono text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      />
    </div>
  );
}
