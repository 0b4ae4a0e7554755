/**
 * The order a scene's choices are shown in. Authors write the best choice wherever they like
 * (often first), so the authored order would be an answer key: each attempt instead shows the
 * visible choices in an order drawn from the attempt's seed and the scene id. The same seed and
 * scene always give the same order, so a resumed or replayed attempt looks the same, and the
 * server records exactly what the learner saw. A choice marked `fixed` keeps its authored place
 * among the visible choices (e.g. "None of these" last); the others are shuffled around it.
 */
export function orderChoices<T extends { id: string; fixed?: boolean }>(visible: readonly T[], options: { seed: number; sceneId: string }): T[] {
  const random = mulberry32(hashString(`${options.seed >>> 0}:${options.sceneId}`));
  const movable = visible.filter((choice) => !choice.fixed);
  // Fisher–Yates over the movable choices.
  for (let i = movable.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [movable[i], movable[j]] = [movable[j]!, movable[i]!];
  }
  let next = 0;
  return visible.map((choice) => (choice.fixed ? choice : movable[next++]!));
}

/** A fresh seed for a new attempt: a 31-bit non-negative integer (fits every database's INTEGER). */
export function newChoiceSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 0x7fffffff);
}

/** FNV-1a, 32-bit: spreads the seed and scene id over the generator's state. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, well-distributed 32-bit generator, enough to shuffle a handful of buttons. */
function mulberry32(state: number): () => number {
  let a = state;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
