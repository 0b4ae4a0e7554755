import { Agent, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';

/**
 * Headers that describe one connection, not the message (RFC 9110 §7.6.1), plus the framing each
 * side decides for itself: never copied from one hop to the next. Expect too: the front server's
 * Node server has already answered a 100-continue (it sends 100 Continue before the request
 * handler runs, and answers 417 to any other expectation), so the expectation is met on this hop;
 * passed on, it made the page server wait for a body the visitor might never send (attack review
 * F-0). RFC 9110 §10.1.1 lets a proxy answer 100 (Continue) itself.
 */
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'expect']);

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

/** Whether `request` announces a body (RFC 9112 §6.1: a Content-Length or a Transfer-Encoding). */
function hasBody(request: IncomingMessage): boolean {
  return request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined;
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
 * forwarded request is abandoned too, so the page server stops working on it; so is one whose
 * answer is over before its body has all been passed on, so its connection is never reused
 * half-written nor left open. When the socket
 * cannot be reached, or fails before the answer started, the visitor gets 503 with a plain
 * sentence and `Retry-After: 1`; a failure after that cuts the visitor's connection, as the
 * answer is already partly sent.
 */
export function forwardToSocket(socketPath: string): (request: IncomingMessage, response: ServerResponse) => void {
  // keepAlive: one socket per concurrent request, reused, instead of a connect per request.
  const agent = new Agent({ keepAlive: true, maxFreeSockets: 64 });
  return (request, response) => {
    const forwarded = httpRequest({ socketPath, agent, method: request.method, path: request.url, headers: forwardedRequestHeaders(request) });
    // Node's client holds the headers back until the first chunk of body; for a request with a body,
    // the page server gets them now, so it can answer without waiting for a body that may be slow or
    // may never come (a visitor told 100 Continue here sends it only now, if at all).
    if (hasBody(request)) forwarded.flushHeaders();
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
    // Once the visitor's answer is over (sent, or cut off), the forwarded request must be either
    // written whole or destroyed: the agent hands its socket back only when both the request and the
    // answer have ended, so a request left half-written (the visitor went away first, or the page
    // server answered before reading the body and the rest never came) held its socket to the page
    // server for ever, and 200 such requests used up the process's files (attack review F-0). A
    // visitor still sending gets the rest of its body read and dropped, as Node does for a handler
    // that never reads one, so its connection stays usable for its next request.
    response.on('close', () => {
      if (response.writableFinished && forwarded.writableEnded) return;
      request.unpipe(forwarded);
      forwarded.destroy();
      request.resume();
    });
    request.pipe(forwarded);
  };
}
