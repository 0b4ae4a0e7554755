'use client';

import { useEffect, useRef, useState } from 'react';
import type { SourceRegister } from '@/lib/scenario/source-register';
import type { DraftAnalysis } from '@/lib/studio/editor/analyse-draft';
import type { WorkerReply, WorkerRequest } from '@/lib/studio/editor/worker-protocol';

/** Typing pauses shorter than this do not start a compile; with the compile itself, under 150 ms on a 50-scene draft. */
export const COMPILE_DELAY_MS = 120;

export interface DraftAnalysisState {
  /** The latest finished analysis, and the text it is of. */
  current: { source: string; analysis: DraftAnalysis; milliseconds: number } | undefined;
  /** A newer text is waiting for, or in, the compiler. */
  pending: boolean;
  /** The worker could not start or crashed; diagnostics are not updating. */
  failed: boolean;
}

/**
 * Compiles `source` in a Web Worker after each pause in typing and returns the latest result.
 * Results for texts that were superseded while compiling are dropped.
 */
export function useDraftAnalysis(source: string, register: SourceRegister): DraftAnalysisState {
  const worker = useRef<Worker | null>(null);
  const sent = useRef(new Map<number, string>());
  const nextId = useRef(0);
  const [state, setState] = useState<DraftAnalysisState>({ current: undefined, pending: true, failed: false });

  useEffect(() => {
    const started = new Worker(new URL('../../lib/studio/editor/compile-worker.ts', import.meta.url), { type: 'module' });
    worker.current = started;
    started.postMessage({ type: 'register', register } satisfies WorkerRequest);
    started.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const { id, analysis, milliseconds } = event.data;
      const text = sent.current.get(id);
      if (text === undefined) return;
      for (const known of sent.current.keys()) if (known <= id) sent.current.delete(known);
      setState({ current: { source: text, analysis, milliseconds }, pending: sent.current.size > 0, failed: false });
    });
    started.addEventListener('error', () => setState((previous) => ({ ...previous, pending: false, failed: true })));
    return () => {
      started.terminate();
      worker.current = null;
    };
  }, [register]);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      nextId.current += 1;
      sent.current.set(nextId.current, source);
      setState((previous) => ({ ...previous, pending: true }));
      worker.current?.postMessage({ type: 'compile', id: nextId.current, source } satisfies WorkerRequest);
    }, COMPILE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [source, register]);

  return state;
}
