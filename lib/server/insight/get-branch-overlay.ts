import 'server-only';
import type { ScenarioInsight } from '@/lib/insight/build-scenario-insight';
import { branchOverlay, type BranchOverlay } from '@/lib/insight/branch-overlay';
import type { InsightFilters } from '@/lib/insight/insight-filters';
import { db } from '@/lib/server/db/client';
import { buildBranchGraph, type BranchGraph } from '@/lib/studio/branch-map/build-branch-map';
import { readSourceOutline } from '@/lib/studio/editor/source-outline';
import { getScenarioInsight } from './get-scenario-insight';

/** A scenario version's insight with its branch map: the graph of the published text and the share on each choice. */
export interface InsightWithMap {
  insight: ScenarioInsight;
  /** Null when the version's text was not kept (published before the studio), so there is nothing to draw. */
  map: { graph: BranchGraph; overlay: BranchOverlay } | null;
}

/**
 * Decision insight for one scenario version and filter (issue 16), with the studio's branch map of
 * that version and its overlay: the share choosing each choice, cells from fewer than 5 learners
 * hidden (lib/insight/branch-overlay.ts). Same access rule and errors as getScenarioInsight, which
 * it calls first. The map is drawn from the version's stored text, which compiled when it was
 * published, so it has no problems to mark.
 */
export async function getBranchOverlay(options: { actorId: string; scenarioId: string; filters: InsightFilters }): Promise<InsightWithMap> {
  const insight = await getScenarioInsight(options);
  const version = await db.scenarioVersion.findUniqueOrThrow({ where: { id: insight.versionId }, select: { source: true } });
  const outline = version.source === null ? undefined : readSourceOutline(version.source);
  return { insight, map: outline ? { graph: buildBranchGraph(outline, []), overlay: branchOverlay(insight) } : null };
}
