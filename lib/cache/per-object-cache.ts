/**
 * Wraps `compute` so it runs once per pair of (object, key), and later calls with the same pair
 * get the first answer. Answers are held in a WeakMap on the object: they go when it does (a PDF
 * font or page of one rendered document), so the cache never outgrows the documents in use.
 */
export function perObjectCache<Owner extends object, Key, Value>(compute: (owner: Owner, key: Key) => Value): (owner: Owner, key: Key) => Value {
  const answers = new WeakMap<Owner, Map<Key, Value>>();
  return (owner, key) => {
    let known = answers.get(owner);
    if (!known) {
      known = new Map();
      answers.set(owner, known);
    }
    if (known.has(key)) return known.get(key) as Value;
    const value = compute(owner, key);
    known.set(key, value);
    return value;
  };
}
