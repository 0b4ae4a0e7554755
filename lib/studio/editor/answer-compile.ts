import type { SourceRegister } from '@/lib/scenario/source-register';
import { analyseDraft } from './analyse-draft';
import type { WorkerReply } from './worker-protocol';

/**
 * The compile worker's reply to request `id`: the analysis of `source` by `analyse`, timed in ms.
 * The compiler reports its own failures as E002, but anything that still throws (the outline, a
 * bug to come) becomes a `crash` reply naming it instead of an uncaught error, which would leave
 * the queue waiting for an answer that never comes.
 */
export function answerCompile(id: number, source: string, register: SourceRegister | undefined, analyse = analyseDraft): WorkerReply {
  const started = performance.now();
  try {
    return { id, analysis: analyse(source, register), milliseconds: performance.now() - started };
  } catch (error) {
    return { id, crash: error instanceof Error ? error.message : String(error), milliseconds: performance.now() - started };
  }
}

/** The reply sent instead of `reply` when `reply` cannot be posted (`postMessage` threw `error`). */
export function unsendableReply(reply: WorkerReply, error: unknown): WorkerReply {
  return { id: reply.id, crash: `the result could not be sent back: ${error instanceof Error ? error.message : String(error)}`, milliseconds: reply.milliseconds };
}
