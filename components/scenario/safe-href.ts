const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL when it is http, https or mailto, else undefined. The compiler already drops other
 * links; checking again here keeps a tampered stored definition from producing `javascript:` links.
 */
export function safeHref(url: string): string | undefined {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
