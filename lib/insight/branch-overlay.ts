import type { ScenarioInsight } from './build-scenario-insight';
import { formatPercent } from './format-insight';
import { MIN_LEARNERS } from './privacy';

/** One choice's edge on the studio's branch map: its label and its share of the scene's decisions (0–1). */
export interface BranchOverlayCell {
  label: string;
  weight: number;
}

/** The branch map's `overlay` prop: a cell per choice, keyed `${sceneId}:${choiceId}`. */
export type BranchOverlay = Record<`${string}:${string}`, BranchOverlayCell>;

/** What a choice's edge says when fewer than MIN_LEARNERS learners are behind it (short: the map clips labels at 24 characters). */
export const HIDDEN_OVERLAY_LABEL = `hidden (<${MIN_LEARNERS} learners)`;

/**
 * The share choosing each option of each scene, for the branch map: every choice of the version
 * gets a cell; a share from too few learners (or hidden so it cannot be worked out by subtraction)
 * is labelled HIDDEN_OVERLAY_LABEL with weight 0, so a hidden edge draws as thin as an unchosen one. Pure.
 */
export function branchOverlay(insight: Pick<ScenarioInsight, 'scenes'>): BranchOverlay {
  const overlay: BranchOverlay = {};
  for (const scene of insight.scenes) {
    for (const option of scene.options) {
      overlay[`${scene.sceneId}:${option.choiceId}`] = option.chosen.hidden
        ? { label: HIDDEN_OVERLAY_LABEL, weight: 0 }
        : { label: formatPercent(option.chosen.value.share), weight: option.chosen.value.share };
    }
  }
  return overlay;
}
