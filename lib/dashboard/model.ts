import type { PracticeRole } from '@/lib/permissions';
import type { ModuleProgress, ScenarioProgress } from './progress';

export interface DashboardModule {
  id: string;
  title: string;
  /** The practice's due date when the module is assigned. */
  assigned: boolean;
  dueAt: Date | null;
  scenarios: Array<{ id: string; title: string }>;
}

export interface DashboardRow {
  userId: string;
  name: string;
  email: string;
  role: PracticeRole;
  /** In the order of `DashboardModel.modules`. */
  modules: ModuleProgress[];
  /** Keyed by scenario id. */
  scenarios: Record<string, ScenarioProgress>;
}

/** Everything the owner dashboard, its chart and its CSV export show. */
export interface DashboardModel {
  practice: { id: string; name: string };
  viewerRole: PracticeRole;
  generatedAt: Date;
  modules: DashboardModule[];
  rows: DashboardRow[];
}
