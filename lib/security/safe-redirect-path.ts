/** Where every rejected return address goes: the home page. */
export const fallbackRedirectPath = '/';

// A parse base that can never be a real site, so "same origin" means "on this site".
const parseBase = new URL('http://postwise.invalid');

/**
 * The one judge of return addresses (`callbackUrl`, `next`, any "come back here" parameter): the
 * path, query and fragment of a same-site address, re-serialised by the URL parser, or `/`.
 *
 * Judged after parsing, not by prefix, because browsers do not read addresses the way a prefix
 * check does: they drop tabs and newlines (`/\t/evil.example` is `//evil.example`), treat `\` as
 * `/`, and take `//host` as another site. So anything with control characters or backslashes is
 * refused outright, the rest must parse to this site, and the result must not itself start with
 * `//` (`/.//evil.example` normalises to that). A full URL is accepted only when it names
 * `origin` (the configured public origin), so Auth.js's absolute callback URLs keep working.
 */
export function safeRedirectPath(value: unknown, origin?: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return fallbackRedirectPath;
  // C0 controls, DEL, and backslashes: browsers strip or reinterpret them.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallbackRedirectPath;

  let candidate = value;
  if (!value.startsWith('/')) {
    if (!origin || !URL.canParse(value)) return fallbackRedirectPath;
    const absolute = new URL(value);
    if (absolute.origin !== new URL(origin).origin || absolute.username || absolute.password) return fallbackRedirectPath;
    candidate = `${absolute.pathname}${absolute.search}${absolute.hash}`;
  }
  if (candidate.startsWith('//')) return fallbackRedirectPath;

  let parsed: URL;
  try {
    parsed = new URL(candidate, parseBase);
  } catch {
    return fallbackRedirectPath;
  }
  if (parsed.origin !== parseBase.origin || parsed.username || parsed.password) return fallbackRedirectPath;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  return path.startsWith('/') && !path.startsWith('//') ? path : fallbackRedirectPath;
}
