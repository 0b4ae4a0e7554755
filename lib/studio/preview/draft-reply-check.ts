import type { CheckResult } from '@/lib/scenario/definition';

/**
 * The server's verdict on a written reply in the studio's preview: the page's server action
 * compiles the draft text it is given and runs the compose checks of scene `sceneId` on the reply
 * (ADR 008: the checks run on the server only). Nothing is saved.
 */
export type DraftReplyCheck = { ok: true; passed: boolean; results: CheckResult[] } | { ok: false; message: string };

/** The preview player's `checkReply` answer from the server's verdict. */
export function toPlayerCheck(check: DraftReplyCheck): { ok: true; results: CheckResult[] } | { ok: false; message: string } {
  return check.ok ? { ok: true, results: check.results } : { ok: false, message: check.message };
}
