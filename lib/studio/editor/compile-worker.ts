import type { SourceRegister } from '@/lib/scenario/source-register';
import { answerCompile, unsendableReply } from './answer-compile';
import type { WorkerRequest } from './worker-protocol';

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
  const reply = answerCompile(request.id, request.source, register);
  try {
    self.postMessage(reply);
  } catch (error) {
    // A result the structured clone refuses (DataCloneError) must still answer the request.
    self.postMessage(unsendableReply(reply, error));
  }
});
