import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, get, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forwardToSocket } from './forward-to-socket';

/** Real servers: the page server on a Unix socket, and the front one forwarding to it. */
const running: Server[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const server of running.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function socketPath(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'postwise-forward-'));
  folders.push(folder);
  return path.join(folder, 'pages.sock');
}

async function listen(server: Server, where: string | number): Promise<Server> {
  running.push(server);
  await new Promise<void>((resolve) => (typeof where === 'string' ? server.listen(where, resolve) : server.listen(where, '127.0.0.1', resolve)));
  return server;
}

/** A page server on a fresh socket, answering with `answer`, and the front server's base URL. */
async function frontOf(answer: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ url: string; socket: string }> {
  const socket = socketPath();
  await listen(createServer(answer), socket);
  const front = await listen(createServer(forwardToSocket(socket)), 0);
  return { url: `http://127.0.0.1:${(front.address() as AddressInfo).port}`, socket };
}

describe('forwardToSocket', () => {
  it('passes method, path, headers and body through, and brings back status, every Set-Cookie and the body', async () => {
    const { url } = await frontOf(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      response.setHeader('set-cookie', ['a=1; Path=/', 'b=2; Path=/']);
      response.writeHead(201, { 'content-type': 'application/json', 'x-page': 'yes' });
      response.end(JSON.stringify({ method: request.method, url: request.url, forwardedFor: request.headers['x-forwarded-for'], body: Buffer.concat(chunks).toString('utf8') }));
    });
    const answer = await fetch(`${url}/practice/p1?page=2`, { method: 'POST', headers: { 'x-forwarded-for': '203.0.113.9', 'content-type': 'text/plain' }, body: 'hello' });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('x-page')).toBe('yes');
    expect(answer.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(await answer.json()).toEqual({ method: 'POST', url: '/practice/p1?page=2', forwardedFor: '203.0.113.9', body: 'hello' });
  });

  it('streams a page as it is written, before the page server has finished it', async () => {
    let finish: () => void = () => {};
    const { url } = await frontOf((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<p>first</p>');
      finish = () => response.end('<p>last</p>');
    });
    const answer = await fetch(`${url}/`);
    const reader = answer.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('<p>first</p>');
    finish();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('<p>last</p>');
  });

  it('does not pass on hop-by-hop headers, nor those the Connection header names, but keeps X-Forwarded-* (the app server wrote them)', async () => {
    const { url } = await frontOf((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ named: request.headers['x-hop'] ?? null, keepAlive: request.headers['keep-alive'] ?? null, kept: request.headers['x-kept'], forwardedFor: request.headers['x-forwarded-for'] }),
      );
    });
    // Node's own client: fetch refuses to send a Connection header.
    const body = await new Promise<string>((resolve, reject) => {
      const headers = { connection: 'keep-alive, x-hop, X-Forwarded-For', 'x-hop': 'secret', 'keep-alive': 'timeout=5', 'x-kept': 'yes', 'x-forwarded-for': '198.51.100.7' };
      get(`${url}/`, { headers }, async (answer) => {
        const chunks: Buffer[] = [];
        for await (const chunk of answer) chunks.push(chunk as Buffer);
        resolve(Buffer.concat(chunks).toString('utf8'));
      }).on('error', reject);
    });
    expect(JSON.parse(body)).toEqual({ named: null, keepAlive: null, kept: 'yes', forwardedFor: '198.51.100.7' });
  });

  it.each([
    ['a chunked body on a GET', (body: string) => `Connection: close\r\nTransfer-Encoding: chunked\r\n\r\n${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`],
    ['a Content-Length the Connection header names', (body: string) => `Connection: close, content-length\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`],
  ])('forwards %s as that request’s body, never as a request of its own (request smuggling)', async (_name, framing) => {
    const seen: string[] = [];
    const { url } = await frontOf(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      seen.push(`${request.method} ${request.url} ${request.headers['x-forwarded-for'] ?? '-'} body:${Buffer.concat(chunks).length}`);
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(request.url);
    });
    const smuggled = 'GET /smuggled HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 6.6.6.6\r\n\r\n';
    const port = new URL(url).port;
    const answer = await new Promise<string>((resolve, reject) => {
      // Connection: close, so the front server ends the answer and the connection.
      const socket = connect(Number(port), '127.0.0.1', () => socket.write(`GET /first HTTP/1.1\r\nHost: a\r\nX-Forwarded-For: 1.1.1.1\r\n${framing(smuggled)}`));
      const chunks: Buffer[] = [];
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    // The next request on the same kept-open connection to the page server shows what it read before it.
    await fetch(`${url}/after`);
    expect(seen).toEqual([`GET /first 1.1.1.1 body:${Buffer.byteLength(smuggled)}`, 'GET /after - body:0']);
  });

  it('answers 503 with a plain sentence when nothing listens on the socket', async () => {
    const front = await listen(createServer(forwardToSocket(socketPath())), 0);
    const answer = await fetch(`http://127.0.0.1:${(front.address() as AddressInfo).port}/learn`);
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(await answer.text()).toBe('The app is starting or restarting. Try again in a moment.');
  });

  it('abandons the forwarded request when the visitor goes away first', async () => {
    let abandoned: () => void = () => {};
    const gone = new Promise<void>((resolve) => (abandoned = resolve));
    const { url } = await frontOf((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<p>a long page…</p>');
      response.on('close', abandoned);
    });
    const visitor = new AbortController();
    const answer = await fetch(`${url}/`, { signal: visitor.signal });
    await answer.body!.getReader().read();
    visitor.abort();
    await gone;
  });
});
