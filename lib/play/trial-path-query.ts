/**
 * A public trial's play, carried through sign-in in the return address so the server can replay
 * it into a saved attempt (issue 17). Only what the learner chose travels: the version played
 * (the first VERSION_LENGTH characters of its content hash), the seed the choices were ordered
 * by, and the choice ids in order. Written replies stay behind (they would not fit a sign-in
 * link, and links end up in mail logs): the replay stops at the first written reply.
 */
export interface TrialPath {
  version: string;
  choiceSeed: number;
  choiceIds: string[];
}

/** Characters of the content hash that name the version played: enough to tell versions apart. */
export const VERSION_LENGTH = 16;
/** Most decisions a trial path may carry; no scenario has nearly this many in a row. */
export const TRIAL_PATH_MAX_DECISIONS = 40;

/** The query string (without `?`) that carries `path`, e.g. `v=0123456789abcdef&seed=42&path=the-request.2~the-message.1`; `~` separates the ids, which contain dots. */
export function trialPathQuery(path: TrialPath): string {
  return new URLSearchParams({ v: path.version.slice(0, VERSION_LENGTH), seed: String(path.choiceSeed), path: path.choiceIds.join('~') }).toString();
}
