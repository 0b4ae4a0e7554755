import 'server-only';
import { branchOverlay, type BranchOverlay } from '@/lib/insight/branch-overlay';
import type { InsightFilters } from '@/lib/insight/insight-filters';
import { getScenarioInsight } from './get-scenario-insight';

/**
 * The studio branch map's insight overlay for one scenario version and filter (issue 16): the share
 * choosing each choice, small cells hidden. Same access rule and errors as getScenarioInsight (admins only).
 */
export async function getBranchOverlay(options: { actorId: string; scenarioId: string; filters: InsightFilters }): Promise<BranchOverlay> {
  return branchOverlay(await getScenarioInsight(options));
}
