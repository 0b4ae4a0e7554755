import type { SourceRegister } from '@/lib/scenario/source-register';
import type { DraftAnalysis } from './analyse-draft';

/** Messages to the compile worker: the register once, then each text to compile, numbered. */
export type WorkerRequest = { type: 'register'; register: SourceRegister } | { type: 'compile'; id: number; source: string };

/** The worker's answer to compile request `id`, with how long the compile took in the worker. */
export interface WorkerReply {
  id: number;
  analysis: DraftAnalysis;
  milliseconds: number;
}
