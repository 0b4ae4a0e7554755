import { answerLayoutRequest, type LayoutRequest } from './layout-protocol';

/**
 * The studio's branch-map layout worker: runs dagre off the main thread, so a large map (1,000
 * scenes take over a second to lay out) never holds up typing or scrolling. Separate from the
 * compile worker, so a layout never delays diagnostics. Started by
 * `new Worker(new URL(…, import.meta.url))` in `useBranchMapLayout`.
 */
self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  self.postMessage(answerLayoutRequest(event.data));
});
