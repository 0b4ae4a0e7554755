import type { WorkerReply } from './worker-protocol';

/** Timers the queue waits with; the browser's in the studio, a fake clock in tests. */
export interface Scheduler {
  /** Runs `run` once after `milliseconds`; returns a handle for `cancel`. */
  schedule(run: () => void, milliseconds: number): unknown;
  cancel(handle: unknown): void;
}

/** The browser's timers. */
export const windowScheduler: Scheduler = {
  schedule: (run, milliseconds) => window.setTimeout(run, milliseconds),
  cancel: (handle) => window.clearTimeout(handle as number),
};

export interface CompileQueueOptions {
  /** Typing pause (ms) after the last edit before the text is compiled. */
  delayMs: number;
  scheduler: Scheduler;
  /** Sends text `source` to the worker as compile request `id` (ids increase from 1). */
  send: (id: number, source: string) => void;
  /** A finished compile of the newest text. Never called for a text the author has since changed. */
  publish: (source: string, reply: WorkerReply) => void;
  /** Called whenever `pending` may have changed. */
  onPendingChange?: (pending: boolean) => void;
}

/**
 * Keeps the studio's compile worker on the newest text and never behind the author (issue 15:
 * diagnostics < 150 ms after typing stops). Each edit restarts the typing pause; when it ends the
 * text is sent, unless a compile is already running: then it waits, and a later text replaces it,
 * so at most one compile runs and at most one text waits. A result for a text the author has
 * changed since is dropped (the editor shows diagnostics for the newest text only; their lines
 * would be wrong on the new one). Not thread-safe; one queue per worker.
 */
export class CompileQueue {
  private readonly options: CompileQueueOptions;
  private latest: string | undefined;
  private timer: unknown;
  private waiting: string | undefined;
  private inFlight: { id: number; source: string } | undefined;
  private lastId = 0;

  constructor(options: CompileQueueOptions) {
    this.options = options;
  }

  /** True while a text is in its typing pause, waiting for the worker, or being compiled. */
  get pending(): boolean {
    return this.timer !== undefined || this.waiting !== undefined || this.inFlight !== undefined;
  }

  /** The author changed the text to `source`: compile it after the typing pause. */
  edit(source: string): void {
    this.latest = source;
    if (this.timer !== undefined) this.options.scheduler.cancel(this.timer);
    this.timer = this.options.scheduler.schedule(() => this.pauseEnded(), this.options.delayMs);
    this.options.onPendingChange?.(true);
  }

  /** The worker answered; replies to anything but the running compile are ignored. */
  receive(reply: WorkerReply): void {
    const done = this.inFlight;
    if (!done || reply.id !== done.id) return;
    this.inFlight = undefined;
    if (this.waiting !== undefined) {
      const next = this.waiting;
      this.waiting = undefined;
      this.start(next);
    }
    if (done.source === this.latest) this.options.publish(done.source, reply);
    this.options.onPendingChange?.(this.pending);
  }

  /**
   * The worker died and `send` now reaches a new one: the running compile will never be answered,
   * so the newest text is sent again, now unless its typing pause is still running.
   */
  workerLost(): void {
    const unanswered = this.inFlight !== undefined || this.waiting !== undefined;
    this.inFlight = undefined;
    this.waiting = undefined;
    if (unanswered && this.timer === undefined && this.latest !== undefined) this.start(this.latest);
    this.options.onPendingChange?.(this.pending);
  }

  /** Stops the typing pause timer (the worker is going away). */
  dispose(): void {
    if (this.timer !== undefined) this.options.scheduler.cancel(this.timer);
    this.timer = undefined;
  }

  private pauseEnded(): void {
    this.timer = undefined;
    const source = this.latest;
    if (source === undefined) return;
    if (!this.inFlight) this.start(source);
    else this.waiting = source === this.inFlight.source ? undefined : source;
  }

  private start(source: string): void {
    this.lastId += 1;
    this.inFlight = { id: this.lastId, source };
    this.options.send(this.lastId, source);
  }
}
