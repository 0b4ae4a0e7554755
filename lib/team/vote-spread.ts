/** How many votes each choice got, in the order the choices were shown. */
export interface VoteSpread {
  rows: Array<{ choiceId: string; votes: number }>;
  total: number;
  /** The choice with the most votes; undefined when nobody voted or the top is tied. */
  leader?: string;
}

/**
 * Tallies votes over the choices shown (`shown`, in screen order). Votes for a choice not shown
 * (the scene changed under a stale phone) are ignored. A tie at the top has no leader: the
 * presenter then picks, because the order on screen is no reason to prefer one choice.
 */
export function voteSpread(shown: readonly string[], votes: readonly string[]): VoteSpread {
  const counts = new Map(shown.map((choiceId) => [choiceId, 0]));
  let total = 0;
  for (const choiceId of votes) {
    const count = counts.get(choiceId);
    if (count === undefined) continue;
    counts.set(choiceId, count + 1);
    total += 1;
  }
  const rows = shown.map((choiceId) => ({ choiceId, votes: counts.get(choiceId) ?? 0 }));
  const top = Math.max(0, ...rows.map((row) => row.votes));
  const leaders = rows.filter((row) => row.votes === top);
  return { rows, total, ...(top > 0 && leaders.length === 1 ? { leader: leaders[0]!.choiceId } : {}) };
}
