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

/** A worker that dies this many times in a row without one answer is given up on. */
const WORKER_STARTS = 3;

export interface DraftAnalysisState {
  /** The latest finished analysis, and the text it is of. */
  current: { source: string; analysis: DraftAnalysis; milliseconds: number } | undefined;
  /** The compiler threw on the newest text checked (its message); cleared by the next analysis. */
  crash: string | undefined;
  /** A newer text is waiting for, or in, the compiler. */
  pending: boolean;
  /** The worker could not be started, or kept dying; diagnostics are not updating. */
  failed: boolean;
}

/**
 * Compiles `source` in a Web Worker after each pause in typing and returns the latest result.
 * One compile runs at a time; texts typed meanwhile wait, newest only (`CompileQueue`), and
 * results for texts the author has since changed are dropped. One worker serves the page's life;
 * one that dies is replaced and given the newest text again, and only after `WORKER_STARTS`
 * deaths in a row is the checker reported as stopped.
 */
export function useDraftAnalysis(source: string, register: SourceRegister): DraftAnalysisState {
  const queue = useRef<CompileQueue | null>(null);
  const worker = useRef<Worker | undefined>(undefined);
  // The register the next worker starts with. A save re-renders the page with an equal register
  // in a new Map; that is sent to the running worker, not a reason to start another.
  const latestRegister = useRef(register);
  const [state, setState] = useState<DraftAnalysisState>({ current: undefined, crash: undefined, pending: true, failed: false });

  useEffect(() => {
    let deathsInARow = 0;
    const compiles = new CompileQueue({
      delayMs: COMPILE_DELAY_MS,
      scheduler: windowScheduler,
      send: (id, text) => worker.current?.postMessage({ type: 'compile', id, source: text } satisfies WorkerRequest),
      publish: (text, reply) => setState((previous) => ({ ...previous, ...publishedState(text, reply) })),
      onPendingChange: (pending) => setState((previous) => (previous.pending === pending ? previous : { ...previous, pending })),
    });
    const start = (): Worker => {
      const started = new Worker(new URL('../../lib/studio/editor/compile-worker.ts', import.meta.url), { type: 'module' });
      started.postMessage({ type: 'register', register: latestRegister.current } satisfies WorkerRequest);
      started.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
        deathsInARow = 0;
        compiles.receive(event.data);
      });
      started.addEventListener('error', (event) => {
        // Kept in the browser console: the only trace of why a worker died. A script that failed to
        // load gives a plain Event, with no message, despite the ErrorEvent type.
        console.error('The studio compile worker died:', event.message || 'its script could not be loaded');
        started.terminate();
        deathsInARow += 1;
        if (deathsInARow >= WORKER_STARTS) {
          worker.current = undefined;
          setState((previous) => ({ ...previous, pending: false, failed: true }));
          return;
        }
        worker.current = start();
        compiles.workerLost();
      });
      return started;
    };
    worker.current = start();
    queue.current = compiles;
    return () => {
      compiles.dispose();
      worker.current?.terminate();
      worker.current = undefined;
      queue.current = null;
    };
  }, []);

  useEffect(() => {
    if (latestRegister.current === register) return;
    latestRegister.current = register;
    worker.current?.postMessage({ type: 'register', register } satisfies WorkerRequest);
  }, [register]);

  useEffect(() => {
    queue.current?.edit(source);
  }, [source, register]);

  return state;
}

/** What a worker reply about the newest text `text` changes: the analysis, or the crash message. */
function publishedState(text: string, reply: WorkerReply): Pick<DraftAnalysisState, 'current' | 'crash'> | Pick<DraftAnalysisState, 'crash'> {
  if ('crash' in reply) return { crash: reply.crash };
  return { current: { source: text, analysis: reply.analysis, milliseconds: reply.milliseconds }, crash: undefined };
}
