import type { BranchGraph } from './build-branch-map';
import { layoutBranchGraph, type BranchLayout } from './layout-branch-map';

/** A message to the layout worker: lay out `graph`, answering with the same `id`. */
export interface LayoutRequest {
  type: 'layout';
  id: number;
  graph: BranchGraph;
}

/** The layout worker's answer to request `id`: the layout and how long it took in the worker (ms), or why it failed. */
export type LayoutReply = { id: number; ok: true; layout: BranchLayout; milliseconds: number } | { id: number; ok: false; message: string };

/**
 * What the map shows: the newest layout being worked out (the last finished one, if any, stays on
 * screen meanwhile), a layout of the newest graph, or a failure with its reason and the last
 * finished layout.
 */
export type LayoutState =
  | { status: 'laying-out'; layout: BranchLayout | undefined }
  | { status: 'ready'; layout: BranchLayout; milliseconds: number }
  | { status: 'failed'; layout: BranchLayout | undefined; message: string };

/**
 * The worker's side: lays out the request's graph and answers, never throwing, so a graph dagre
 * cannot lay out becomes a failure the map reports rather than a worker that never answers.
 */
export function answerLayoutRequest(request: LayoutRequest, now: () => number = () => performance.now()): LayoutReply {
  const started = now();
  try {
    const layout = layoutBranchGraph(request.graph);
    return { id: request.id, ok: true, layout, milliseconds: now() - started };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error && error.message ? error.message : 'the layout failed for an unknown reason' };
  }
}

export interface LayoutQueueOptions {
  /** Posts a request to the worker. */
  send: (request: LayoutRequest) => void;
  /** Receives every change of what the map should show. */
  publish: (state: LayoutState) => void;
}

/**
 * The page's side of the layout worker. One layout runs at a time (1,000 scenes take over a second,
 * and a worker given every graph typed would fall further behind with each keystroke); graphs given
 * meanwhile wait, newest only. A reply to anything but the newest graph is dropped, so a stale
 * layout never replaces a newer one. A failure (the worker's answer, or the worker itself failing,
 * `fail`) is published with its reason and nothing waits on it; `retry` lays out the newest graph
 * again, on a fresh worker if the caller started one.
 */
export class LayoutQueue {
  private readonly options: LayoutQueueOptions;
  private nextId = 0;
  /** The id of the request in the worker, if any. */
  private running: number | undefined;
  /** The newest graph given, and the id it was sent under once sent. */
  private newest: { graph: BranchGraph; id: number | undefined } | undefined;
  private shown: BranchLayout | undefined;

  constructor(options: LayoutQueueOptions) {
    this.options = options;
  }

  /** A new graph to draw: sent now if the worker is idle, else kept (replacing any graph waiting). */
  layout(graph: BranchGraph): void {
    this.newest = { graph, id: undefined };
    this.options.publish({ status: 'laying-out', layout: this.shown });
    if (this.running === undefined) this.sendNewest();
  }

  /** A reply from the worker. Replies to requests other than the one running are ignored. */
  receive(reply: LayoutReply): void {
    if (reply.id !== this.running) return;
    this.running = undefined;
    if (this.newest?.id !== reply.id) {
      // A newer graph arrived while this one was laid out: this layout is already stale.
      this.sendNewest();
      return;
    }
    if (reply.ok) {
      this.shown = reply.layout;
      this.options.publish({ status: 'ready', layout: reply.layout, milliseconds: reply.milliseconds });
    } else {
      this.options.publish({ status: 'failed', layout: this.shown, message: reply.message });
    }
  }

  /** The worker failed without answering (it could not start, or crashed): nothing is running now. */
  fail(message: string): void {
    this.running = undefined;
    this.options.publish({ status: 'failed', layout: this.shown, message });
  }

  /** Lays out the newest graph again (after a failure, typically on a new worker). */
  retry(): void {
    if (!this.newest) return;
    this.running = undefined;
    this.options.publish({ status: 'laying-out', layout: this.shown });
    this.sendNewest();
  }

  private sendNewest(): void {
    if (!this.newest) return;
    this.nextId += 1;
    this.newest.id = this.nextId;
    this.running = this.nextId;
    this.options.send({ type: 'layout', id: this.nextId, graph: this.newest.graph });
  }
}
