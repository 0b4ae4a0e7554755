import type { IncomingMessage } from 'node:http';
import { AppError } from '@/lib/errors';

/**
 * The refusal for a body over `maxBytes`: VALIDATION, naming the limit. Nothing of the body is
 * kept past the limit, so a huge or endless body costs at most `maxBytes` of memory.
 */
function tooLarge(what: string, maxBytes: number): AppError {
  return new AppError('VALIDATION', `${what} is too large to read: at most ${Math.floor(maxBytes / 1024)} kB is accepted.`);
}

/** Whether a Content-Length header already says the body is over `maxBytes`. */
function declaredOver(contentLength: string | null | undefined, maxBytes: number): boolean {
  return contentLength !== null && contentLength !== undefined && /^\d+$/.test(contentLength.trim()) && Number(contentLength) > maxBytes;
}

/**
 * A Node request's body as UTF-8 text, at most `maxBytes` bytes. Always settles: rejects with
 * AppError('VALIDATION') naming the limit when the Content-Length or the bytes received pass it
 * (the rest of the body is then drained unread), and with the stream's error when the client
 * aborts. `what` names the body in the message, e.g. "The decision".
 */
export function readNodeBody(request: IncomingMessage, options: { maxBytes: number; what: string }): Promise<string> {
  const { maxBytes, what } = options;
  return new Promise((resolve, reject) => {
    if (declaredOver(request.headers['content-length'], maxBytes)) {
      request.resume();
      reject(tooLarge(what, maxBytes));
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData);
      request.resume();
      reject(tooLarge(what, maxBytes));
    };
    request.on('data', onData);
    request.on('end', () => {
      try {
        resolve(Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
    request.on('close', () => reject(new Error('The request ended before its body was read.')));
  });
}

/**
 * A Web request's body as UTF-8 text, at most `maxBytes` bytes; rejects with AppError('VALIDATION')
 * naming the limit as readNodeBody does, without reading the body past it.
 */
export async function readWebBody(request: Request, options: { maxBytes: number; what: string }): Promise<string> {
  const { maxBytes, what } = options;
  if (declaredOver(request.headers.get('content-length'), maxBytes)) throw tooLarge(what, maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(what, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
