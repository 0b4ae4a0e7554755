import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A reverse proxy like the nginx or load balancer in front of a real deployment: it listens on
 * its own port, passes each request to the app, and tells the app about the client the usual
 * way (appends the client's address to X-Forwarded-For, sets X-Forwarded-Host and -Proto from
 * what the browser asked for), while the Host header the app sees is its own bind address.
 * Returns a function that stops it.
 */
export async function startReverseProxy({ listenPort, target }: { listenPort: number; target: URL }): Promise<() => Promise<void>> {
  const server: Server = createServer((incoming, outgoing) => {
    const forwardedFor = [incoming.headers['x-forwarded-for'], incoming.socket.remoteAddress].filter(Boolean).join(', ');
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: {
          ...incoming.headers,
          host: target.host,
          'x-forwarded-for': forwardedFor,
          'x-forwarded-host': incoming.headers.host ?? '',
          'x-forwarded-proto': 'http',
        },
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    upstream.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listenPort, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  if (port !== listenPort) throw new Error(`The proxy listens on ${port}, not ${listenPort}`);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
}
