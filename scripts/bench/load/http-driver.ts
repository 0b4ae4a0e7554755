/**
 * The load generator of `npm run bench:load`: a closed loop of `connections` keep-alive HTTP/1.1
 * connections, each sending its next request as soon as the previous answer has been read, for a
 * fixed time. No dependency: the save target needs a different body per request (the next
 * decision of that connection's attempt) and the figures need p95 and the response bodies,
 * which a plain node:http loop gives directly.
 */
import { Agent, request as httpRequest } from 'node:http';

/** One request to send; `body` is sent as-is. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** What one answered request tells the target: whether it counts as a success. */
export type Judge = (status: number, body: string) => boolean;

export interface LoadResult {
  /** Requests answered during the run (warm-up excluded). */
  requests: number;
  /** Answered requests the judge refused, plus connection errors. */
  errors: number;
  /** Requests per second over the measured time. */
  perSecond: number;
  /** Latency percentiles in milliseconds (nearest rank). */
  p50: number;
  p95: number;
  p99: number;
  /** Seconds from the first measured request to the last answer. */
  seconds: number;
  /** Mean size of a measured answer's body, in kB (1,000 bytes). */
  bodyKb: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

function send(agent: Agent, port: number, next: LoadRequest): Promise<{ status: number; body: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: next.method, path: next.path, headers: next.body === undefined ? next.headers : { ...next.headers, 'content-length': Buffer.byteLength(next.body) }, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: response.statusCode ?? 0, body: body.toString('utf8'), bytes: body.length });
        });
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(next.body);
  });
}

/**
 * Drives `port` for `warmupSeconds` (not counted) and then `seconds`. `nextRequest(connection)`
 * gives each connection's next request (undefined: that connection stops early). Requests still
 * in flight at the end are awaited and counted, so every answer the server sent is in the result.
 */
export async function drive(options: {
  port: number;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  nextRequest: (connection: number) => LoadRequest | undefined;
  judge: Judge;
}): Promise<LoadResult> {
  const { port, connections, seconds, warmupSeconds, nextRequest, judge } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const started = performance.now();
  const measureFrom = started + warmupSeconds * 1000;
  const stopAt = measureFrom + seconds * 1000;
  let lastAnswer = measureFrom;

  async function loop(connection: number): Promise<void> {
    while (performance.now() < stopAt) {
      const next = nextRequest(connection);
      if (!next) return;
      const sentAt = performance.now();
      let ok = false;
      let answerBytes = 0;
      try {
        const answer = await send(agent, port, next);
        ok = judge(answer.status, answer.body);
        answerBytes = answer.bytes;
      } catch {
        ok = false;
      }
      const answeredAt = performance.now();
      if (sentAt >= measureFrom) {
        latencies.push(answeredAt - sentAt);
        bytes += answerBytes;
        if (!ok) errors += 1;
        lastAnswer = Math.max(lastAnswer, answeredAt);
      }
    }
  }

  await Promise.all(Array.from({ length: connections }, (_, connection) => loop(connection)));
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  const measuredSeconds = Math.max(0.001, (lastAnswer - measureFrom) / 1000);
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / measuredSeconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    seconds: measuredSeconds,
    bodyKb: latencies.length === 0 ? 0 : bytes / latencies.length / 1000,
  };
}
