import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Hex SHA-256 of the UTF-8 encoding of a string. Synchronous and browser-safe, so the compiler
 * (and the content hash it stamps on each definition) runs unchanged in the browser, on the
 * server and in scripts; Web Crypto would make the whole compiler async.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
