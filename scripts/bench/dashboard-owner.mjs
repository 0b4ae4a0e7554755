/**
 * One practice owner reloading the dashboard back to back, for `npm run bench:dashboard`, in a
 * worker thread of its own: an owner's browser is not the learner's, so the HTML it downloads and
 * decodes must not hold up the event loop that times the learner's saves (it did, when the owners
 * ran beside the saves in the bench's one loop). `workerData`: `{ url, cookie }`. Reloads until the
 * parent posts 'stop', then posts the reload times in ms and exits.
 */
import { parentPort, workerData } from 'node:worker_threads';

const { url, cookie } = workerData;
let reloading = true;
parentPort.once('message', () => {
  reloading = false;
});
const reloads = [];
while (reloading) {
  const started = performance.now();
  await (await fetch(url, { headers: { cookie }, redirect: 'manual' })).text();
  reloads.push(performance.now() - started);
}
parentPort.postMessage(reloads);
