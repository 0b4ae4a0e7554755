'use client';

import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { BranchGraph } from '@/lib/studio/branch-map/build-branch-map';
import { LayoutQueue, type LayoutReply, type LayoutState } from '@/lib/studio/branch-map/layout-protocol';

/**
 * Lays `graph` out in a Web Worker (`lib/studio/branch-map/layout-worker.ts`) and returns what the
 * map should show, plus `retry`, which lays the newest graph out again. Layouts of graphs
 * superseded meanwhile are dropped (`LayoutQueue`). A worker that fails is ended and reported;
 * the next layout (a retry, or the author's next change) starts a fresh one. A finished layout
 * is drawn in a transition, so React can pause drawing a large map to handle typing and scrolling.
 */
export function useBranchMapLayout(graph: BranchGraph): { state: LayoutState; retry: () => void } {
  const [state, setState] = useState<LayoutState>({ status: 'laying-out', layout: undefined });
  const queue = useRef<LayoutQueue | null>(null);

  useEffect(() => {
    let worker: Worker | null = null;
    const end = () => {
      worker?.terminate();
      worker = null;
    };
    const start = () => {
      const started = new Worker(new URL('../../lib/studio/branch-map/layout-worker.ts', import.meta.url), { type: 'module' });
      started.addEventListener('message', (event: MessageEvent<LayoutReply>) => queue.current?.receive(event.data));
      started.addEventListener('error', (event) => {
        event.preventDefault();
        end();
        // A script or loading error: the event's message, when the browser gives one, is the reason.
        queue.current?.fail(event.message ? `the layout worker stopped (${event.message})` : 'the layout worker stopped');
      });
      started.addEventListener('messageerror', () => {
        end();
        queue.current?.fail('the layout could not be read back from the worker');
      });
      return started;
    };
    queue.current = new LayoutQueue({
      send: (request) => {
        worker ??= start();
        worker.postMessage(request);
      },
      publish: (next) => (next.status === 'ready' ? startTransition(() => setState(next)) : setState(next)),
    });
    return () => {
      end();
      queue.current = null;
    };
  }, []);

  useEffect(() => {
    queue.current?.layout(graph);
  }, [graph]);

  const retry = useCallback(() => queue.current?.retry(), []);
  return { state, retry };
}
