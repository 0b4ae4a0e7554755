import 'server-only';
import type { DashboardModule } from '@/lib/dashboard/model';
import { isPastDue, type ProgressStatus } from '@/lib/dashboard/progress';
import type { Prisma } from '@/lib/server/db/client';
import type { DashboardContent } from './read-dashboard-modules';

// Matches no user: Prisma has no literal `false` filter.
const nobody: Prisma.UserWhereInput = { id: { in: [] } };

/**
 * Users who completed `module`: they hold its certificate (they completed the version they are
 * on), or every scenario of its latest version has an attempt that reached an ending, on any
 * version. The same rule as learnerModuleCompletion, asked of the database so the summary and the
 * status filter count every member without loading their attempts.
 */
export function completedModuleWhere(module: DashboardModule, content: DashboardContent): Prisma.UserWhereInput {
  if (module.scenarios.length === 0) return nobody;
  return {
    OR: [
      { certificates: { some: { moduleId: module.id } } },
      {
        AND: module.scenarios.map((scenario) => ({
          attempts: { some: { status: 'completed', scenarioVersionId: { in: [...(content.versionIdsOf.get(scenario.id) ?? [])] } } },
        })),
      },
    ],
  };
}

/** Users who made at least one decision in one of the module's scenarios: opening a scenario is not starting it. */
export function startedModuleWhere(module: DashboardModule, content: DashboardContent): Prisma.UserWhereInput {
  const versionIds = module.scenarios.flatMap((scenario) => content.versionIdsOf.get(scenario.id) ?? []);
  return { attempts: { some: { scenarioVersionId: { in: versionIds }, OR: [{ sequence: { gt: 0 } }, { status: 'completed' }] } } };
}

/** Users whose progress on `module` has `status` at `now` (the rule of moduleProgress). */
export function moduleStatusWhere(module: DashboardModule, status: ProgressStatus, content: DashboardContent, now: Date): Prisma.UserWhereInput {
  const completed = completedModuleWhere(module, content);
  if (status === 'completed') return completed;
  const pastDue = isPastDue(module.dueAt, now);
  if (status === 'overdue') return pastDue ? { NOT: completed } : nobody;
  if (pastDue) return nobody;
  const started = startedModuleWhere(module, content);
  return status === 'in-progress' ? { AND: [{ NOT: completed }, started] } : { AND: [{ NOT: completed }, { NOT: started }] };
}
