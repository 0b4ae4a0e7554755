import { createHash } from 'node:crypto';

const inlineElement = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

/** The CSP source for one inline script or style: `sha256-` and the base64 digest of its exact text (CSP Level 3 §8.4). */
export function inlineHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Turns a page rendered with a per-request nonce into one any number of visitors may be sent: the
 * nonce attributes are removed (a nonce shared by many responses would be a nonce an attacker could
 * read and reuse) and every inline script and style is allowed by its hash instead. `src` scripts
 * keep loading from 'self'. Returns the page and the hashes its policy must list.
 */
export function hashInlineContent(html: string, nonce: string): { html: string; scriptHashes: string[]; styleHashes: string[] } {
  const withoutNonce = html.split(` nonce="${nonce}"`).join('');
  const scriptHashes = new Set<string>();
  const styleHashes = new Set<string>();
  for (const [, tag, attributes, text] of withoutNonce.matchAll(inlineElement)) {
    if (tag!.toLowerCase() === 'style') styleHashes.add(inlineHash(text!));
    else if (!/\bsrc\s*=/i.test(attributes!) && text!.length > 0) scriptHashes.add(inlineHash(text!));
  }
  return { html: withoutNonce, scriptHashes: [...scriptHashes], styleHashes: [...styleHashes] };
}
