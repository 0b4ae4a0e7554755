import type { SourceRegister } from '@/lib/scenario/source-register';
import { analyseDraft } from './analyse-draft';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * The studio's compile worker: compiles each draft text it is sent off the main thread, so typing
 * never waits for the compiler. Started by `new Worker(new URL(…, import.meta.url))`.
 */
let register: SourceRegister | undefined;

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'register') {
    register = request.register;
    return;
  }
  const started = performance.now();
  const analysis = analyseDraft(request.source, register);
  const reply: WorkerReply = { id: request.id, analysis, milliseconds: performance.now() - started };
  self.postMessage(reply);
});
