import { sha256Hex } from '@/lib/scenario/sha256';
import type { TrialPath } from './trial-path-query';

/**
 * The identity of one trial play as the server replayed it (ADR 022): hex SHA-256 of the
 * published version id it was replayed on, the choice-order seed and the choice ids in order.
 * It names the play, not the link's spelling: the same play written with a shorter or longer
 * version prefix, or a seed with leading zeros, hashes the same, so a link cannot be respelt into
 * a second save. Stored on the saved attempt under a unique (user, hash) index.
 */
export function trialPlayHash(options: { versionId: string; path: TrialPath }): string {
  const { versionId, path } = options;
  return sha256Hex(JSON.stringify([versionId, path.choiceSeed, path.choiceIds]));
}
