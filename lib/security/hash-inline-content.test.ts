import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashInlineContent, inlineHash } from './hash-inline-content';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('hashInlineContent', () => {
  const page = [
    '<!DOCTYPE html><html><head>',
    '<script src="/_next/static/chunks/a.js" async="" nonce="abc+/="></script>',
    '<style nonce="abc+/=">body{color:red}</style>',
    '</head><body>',
    '<script nonce="abc+/=">self.__next_f.push([1,"x"])</script>',
    '<script nonce="abc+/=">self.__next_f.push([1,"x"])</script>',
    '<SCRIPT nonce="abc+/=">document.title="é"</SCRIPT>',
    '</body></html>',
  ].join('');

  it('removes every nonce attribute and lists each distinct inline script and style by the hash of its exact text', () => {
    const hashed = hashInlineContent(page, 'abc+/=');
    expect(hashed.html).not.toContain(' nonce="abc+/="');
    expect(hashed.scriptHashes).toEqual([sha256('self.__next_f.push([1,"x"])'), sha256('document.title="é"')]);
    expect(hashed.styleHashes).toEqual([sha256('body{color:red}')]);
  });

  it('leaves scripts loaded by src to the policy\'s \'self\'', () => {
    expect(hashInlineContent('<script src="/a.js"></script>', 'n').scriptHashes).toEqual([]);
  });

  it('hashes UTF-8 bytes, as browsers do', () => {
    expect(inlineHash('é')).toBe('sha256-' + createHash('sha256').update(Buffer.from([0xc3, 0xa9])).digest('base64'));
  });
});
