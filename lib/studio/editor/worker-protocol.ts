import type { SourceRegister } from '@/lib/scenario/source-register';
import type { DraftAnalysis } from './analyse-draft';

/** Messages to the compile worker: the register once, then each text to compile, numbered. */
export type WorkerRequest = { type: 'register'; register: SourceRegister } | { type: 'compile'; id: number; source: string };

/**
 * The worker's answer to compile request `id`, with how long it took in the worker (ms): the
 * analysis, or, when the compiler threw on this text, the error's message. The worker answers
 * every request, so the queue never waits on a compile that died.
 */
export type WorkerReply = { id: number; milliseconds: number } & ({ analysis: DraftAnalysis } | { crash: string });
