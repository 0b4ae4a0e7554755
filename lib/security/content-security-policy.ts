/**
 * What lets a page's inline scripts and styles run: the per-request nonce Next.js puts on its own
 * tags, or (for a page served to many visitors from the page cache) the sha256 hashes of exactly
 * the inline scripts and styles that page contains.
 */
export type InlineAllowance = { nonce: string } | { scriptHashes: readonly string[]; styleHashes: readonly string[] };

/**
 * The strict Content-Security-Policy sent with every page. Inline scripts run only with the
 * per-request nonce or their own hash (never 'unsafe-inline'), nothing loads from another origin,
 * and no site may frame ours. With a nonce, 'strict-dynamic' lets Next.js's nonced loader add its
 * chunks; a hashed page has no nonce to propagate, so its chunks are allowed by 'self' instead.
 */
export function contentSecurityPolicy(options: InlineAllowance & { development: boolean }): string {
  // 'unsafe-eval' only in development: React's dev tooling needs it for stack traces.
  const evaluation = options.development ? " 'unsafe-eval'" : '';
  const scripts =
    'nonce' in options ? `'self' 'nonce-${options.nonce}' 'strict-dynamic'` : ["'self'", ...options.scriptHashes.map((hash) => `'${hash}'`)].join(' ');
  const styles = 'nonce' in options ? `'self' 'nonce-${options.nonce}'` : ["'self'", ...options.styleHashes.map((hash) => `'${hash}'`)].join(' ');
  const directives = [
    "default-src 'self'",
    `script-src ${scripts}${evaluation}`,
    `style-src ${styles}`,
    // React writes a few inline style attributes (e.g. Next's route announcer); attributes cannot carry a nonce.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
