/**
 * The canonical JSON that certificate signatures and scenario content hashes cover, after
 * RFC 8785 (JSON Canonicalization Scheme) for plain JSON values:
 *
 * - object members sorted by key, comparing UTF-16 code units (JavaScript's default sort, as JCS);
 * - no whitespace anywhere;
 * - strings and numbers written as ECMAScript's JSON.stringify writes them (which JCS adopts);
 * - members whose value is `undefined` are left out, as JSON.stringify does.
 *
 * Anything JSON cannot carry faithfully (NaN, Infinity, bigint, Dates, Maps, class instances,
 * `undefined` in an array) throws instead of being silently changed, because a value that does not
 * survive a parse–serialise round trip would make the signature unverifiable.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${path}: ${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item, index) => {
      if (item === undefined) throw new TypeError(`${path}[${index}]: undefined has no JSON form`);
      return write(item, `${path}[${index}]`);
    })}]`;
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const members = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${write((value as Record<string, unknown>)[key], `${path}.${key}`)}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`${path}: ${describe(value)} has no JSON form`);
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function describe(value: unknown): string {
  if (typeof value === 'object' && value !== null) return value.constructor?.name ?? 'object';
  return typeof value;
}
