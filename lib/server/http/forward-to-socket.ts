import { Agent, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';

/**
 * Headers that describe one connection, not the message (RFC 9110 §7.6.1), plus the framing each
 * side decides for itself: never copied from one hop to the next.
 */
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/**
 * Headers a client may not remove by naming them in its Connection header: the message's own
 * length and host, and X-Forwarded-*, which the app server writes itself (rewriteForwardedHeaders)
 * and the renderer trusts for the client's address and the origin check.
 */
function protectedFromConnection(name: string): boolean {
  return name === 'content-length' || name === 'host' || name.startsWith('x-forwarded-');
}

/** `headers` without the hop-by-hop ones, and without those the Connection header names (but see protectedFromConnection). */
function endToEnd(headers: IncomingMessage['headers']): OutgoingHttpHeaders {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name && !protectedFromConnection(name)),
  );
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !hopByHop.has(name) && !named.has(name)) kept[name] = value;
  }
  return kept;
}

/**
 * The headers to forward a request with, its body framed explicitly as it arrived: chunked when it
 * came chunked (Node's parser accepts no other final coding), else its Content-Length. Node's
 * client writes a GET, HEAD, DELETE or OPTIONS body with neither header unframed, so a body sent
 * chunked on such a request would reach the renderer as a request of its own, with any headers the
 * sender chose (request smuggling; attack review of stop 27, F1).
 */
function forwardedRequestHeaders(request: IncomingMessage): OutgoingHttpHeaders {
  const headers = endToEnd(request.headers);
  if (request.headers['transfer-encoding'] !== undefined) {
    delete headers['content-length'];
    headers['transfer-encoding'] = 'chunked';
  }
  return headers;
}

/** What the visitor is told when the page server cannot be reached: nothing of the failure's detail. */
const unavailable = 'The app is starting or restarting. Try again in a moment.';

/**
 * A Node request handler that passes every request it gets, as it came (method, path, headers
 * other than hop-by-hop ones, body as it streams), to the HTTP server listening on the Unix socket
 * `socketPath`, and streams that server's answer back: status, headers (Set-Cookie lists kept
 * whole) and body chunk by chunk, so a streamed page reaches the visitor as it is rendered.
 *
 * Connections to the socket are kept open and reused. When the visitor goes away first, the
 * forwarded request is abandoned too, so the page server stops working on it. When the socket
 * cannot be reached, or fails before the answer started, the visitor gets 503 with a plain
 * sentence and `Retry-After: 1`; a failure after that cuts the visitor's connection, as the
 * answer is already partly sent.
 */
export function forwardToSocket(socketPath: string): (request: IncomingMessage, response: ServerResponse) => void {
  // keepAlive: one socket per concurrent request, reused, instead of a connect per request.
  const agent = new Agent({ keepAlive: true, maxFreeSockets: 64 });
  return (request, response) => {
    const forwarded = httpRequest({ socketPath, agent, method: request.method, path: request.url, headers: forwardedRequestHeaders(request) });
    forwarded.on('response', (answer) => {
      // Headers set one by one, not handed to writeHead: wrappers around this handler (the page
      // cache) read what was sent with getHeaders().
      for (const [name, value] of Object.entries(endToEnd(answer.headers))) response.setHeader(name, value!);
      response.writeHead(answer.statusCode ?? 502);
      answer.pipe(response);
      answer.on('error', () => response.destroy());
    });
    forwarded.on('error', () => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1', 'cache-control': 'no-store' });
      response.end(unavailable);
    });
    response.on('close', () => {
      if (!response.writableFinished) forwarded.destroy();
    });
    request.pipe(forwarded);
  };
}
