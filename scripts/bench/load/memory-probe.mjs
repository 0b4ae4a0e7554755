/**
 * Preloaded into the server by `npm run bench:load -- --soak` (`node --import <this file>`): every
 * POSTWISE_BENCH_MEMORY_MS milliseconds (default 5000) appends the process's memory to the file
 * POSTWISE_BENCH_MEMORY_FILE, one JSON line `{ pid, at, rss, heapUsed, heapTotal, external }`
 * (epoch milliseconds and bytes; the app server and its page renderer both write, ADR 027), so the bench can tell whether memory stays flat under a long load. Plain
 * JavaScript and nothing else loaded, so the server is the one `npm start` runs.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.POSTWISE_BENCH_MEMORY_FILE;
if (file) {
  const sample = () => {
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    appendFileSync(file, `${JSON.stringify({ pid: process.pid, at: Date.now(), rss, heapUsed, heapTotal, external })}\n`);
  };
  sample();
  // unref: the probe never keeps the server alive once it is asked to stop.
  setInterval(sample, Number(process.env.POSTWISE_BENCH_MEMORY_MS ?? 5000)).unref();
}
