/**
 * A bounded map that drops the least recently used entry when full: for values derived from
 * immutable rows (a published version's parsed definition, its compiled machine) that every
 * request may need, so the ones in use stay and old versions fall out. `get` counts as a use.
 */
export class LruCache<K, V> {
  readonly #entries = new Map<K, V>();

  /** @param capacity the most entries kept (at least 1). */
  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`An LRU cache needs a capacity of at least 1, not ${capacity}.`);
  }

  /** The value for `key`, now the most recently used; undefined when absent. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) this.set(key, value);
    return value;
  }

  /** Stores `value` as the most recently used, dropping the least recently used beyond capacity. */
  set(key: K, value: V): void {
    // A Map iterates in insertion order, so re-inserting on every use keeps the oldest use first.
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value as K);
  }

  /** How many entries are kept. */
  get size(): number {
    return this.#entries.size;
  }
}
