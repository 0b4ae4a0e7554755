import type { PracticeRole } from '@/lib/permissions';
import type { ModuleProgress, ProgressStatus, ScenarioProgress } from './progress';

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
  /** The learner's current certificate name (else their account name, else their email), read on every request. */
  name: string;
  email: string;
  role: PracticeRole;
  /** In the order of `DashboardModel.modules`. */
  modules: ModuleProgress[];
  /** Keyed by scenario id. Completion, dates and decisions made only: never which ending anyone reached. */
  scenarios: Record<string, ScenarioProgress>;
}

/** How many people stand at each status. */
export type StatusCounts = Record<ProgressStatus, number>;

/** The whole practice at a glance, counted by the database over every member (not only the page shown). */
export interface DashboardSummary {
  /** Members of the practice, owners and managers included. */
  staff: number;
  /** Person × assigned module pairs that are complete, out of `required` (staff × assigned modules). */
  completed: number;
  required: number;
  /** People with at least one assigned module past its due date and not complete. */
  overdue: number;
  /** People with an assigned module due before the end of this month (UK calendar) and not yet complete. */
  dueThisMonth: number;
  /** Where everyone stands on each module, in the order of `DashboardModel.modules`. */
  modules: Array<{ moduleId: string; title: string; counts: StatusCounts }>;
}

/**
 * For each practice action behind a control of the dashboard and staff pages, whether the server
 * will let the viewer do it (practice roles, and group roles per ADR 023).
 */
export type ViewerPermissions = Record<'practice.manage' | 'practice.manage-managers', boolean>;

/** Everything the owner dashboard shows: the summary of everyone, and one page of staff rows. */
export interface DashboardModel {
  practice: { id: string; name: string };
  /** The controls to offer: exactly what the server will allow this viewer. */
  viewerMay: ViewerPermissions;
  generatedAt: Date;
  modules: DashboardModule[];
  summary: DashboardSummary;
  /** The rows of the requested page, in the requested order. */
  rows: DashboardRow[];
  /** Staff matching the search and filter, on every page. */
  matched: number;
  /** 1-based; may be past the last page when a URL asks for one (then `rows` is empty). */
  page: number;
  pageSize: number;
}
