'use client';

import { useEffect, useRef, useState } from 'react';
import type { SourceRegister } from '@/lib/scenario/source-register';
import type { DraftAnalysis } from '@/lib/studio/editor/analyse-draft';
import { CompileQueue, windowScheduler } from '@/lib/studio/editor/compile-queue';
import type { WorkerReply, WorkerRequest } from '@/lib/studio/editor/worker-protocol';

/**
 * Typing pauses shorter than this (ms) do not start a compile. With the compile itself (median
 * ~80 ms on a 50-scene draft, `npm run bench:studio`) diagnostics land under 150 ms after the last
 * keystroke; the compile queue keeps the worker from falling behind however fast the author types.
 */
export const COMPILE_DELAY_MS = 30;

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
 * One compile runs at a time; texts typed meanwhile wait, newest only (`CompileQueue`), and
 * results for texts the author has since changed are dropped.
 */
export function useDraftAnalysis(source: string, register: SourceRegister): DraftAnalysisState {
  const queue = useRef<CompileQueue | null>(null);
  const [state, setState] = useState<DraftAnalysisState>({ current: undefined, pending: true, failed: false });

  useEffect(() => {
    const started = new Worker(new URL('../../lib/studio/editor/compile-worker.ts', import.meta.url), { type: 'module' });
    const compiles = new CompileQueue({
      delayMs: COMPILE_DELAY_MS,
      scheduler: windowScheduler,
      send: (id, text) => started.postMessage({ type: 'compile', id, source: text } satisfies WorkerRequest),
      publish: (text, { analysis, milliseconds }) => setState((previous) => ({ ...previous, current: { source: text, analysis, milliseconds } })),
      onPendingChange: (pending) => setState((previous) => (previous.pending === pending ? previous : { ...previous, pending })),
    });
    queue.current = compiles;
    started.postMessage({ type: 'register', register } satisfies WorkerRequest);
    started.addEventListener('message', (event: MessageEvent<WorkerReply>) => compiles.receive(event.data));
    started.addEventListener('error', () => setState((previous) => ({ ...previous, pending: false, failed: true })));
    return () => {
      compiles.dispose();
      started.terminate();
      queue.current = null;
    };
  }, [register]);

  useEffect(() => {
    queue.current?.edit(source);
  }, [source, register]);

  return state;
}
