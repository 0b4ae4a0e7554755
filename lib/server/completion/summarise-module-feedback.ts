import 'server-only';
import { db } from '@/lib/server/db/client';

/** Module feedback for admins, in aggregate: never who gave it. */
export interface ModuleFeedbackSummary {
  moduleId: string;
  title: string;
  responses: number;
  /** One decimal place; null without responses. */
  averageRating: number | null;
  /** How many gave each rating, index 0 for 1 star through 4 for 5 stars. */
  ratingCounts: [number, number, number, number, number];
  /** The latest comments, newest first, without their authors. */
  recentComments: Array<{ rating: number; comment: string; createdOn: Date }>;
}

/** Per module: response count, average and spread of ratings, and the latest anonymous comments. */
export async function summariseModuleFeedback(options: { commentsPerModule?: number } = {}): Promise<ModuleFeedbackSummary[]> {
  const commentsPerModule = options.commentsPerModule ?? 10;
  const modules = await db.cpdModule.findMany({
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      title: true,
      // Only rating, comment and date: the user is deliberately never selected.
      feedback: { orderBy: { createdAt: 'desc' }, select: { rating: true, comment: true, createdAt: true } },
    },
  });
  return modules.map((module) => {
    const ratingCounts: ModuleFeedbackSummary['ratingCounts'] = [0, 0, 0, 0, 0];
    for (const { rating } of module.feedback) {
      const index = rating - 1;
      if (index >= 0 && index < ratingCounts.length) ratingCounts[index] = (ratingCounts[index] ?? 0) + 1;
    }
    const responses = module.feedback.length;
    const total = module.feedback.reduce((sum, entry) => sum + entry.rating, 0);
    return {
      moduleId: module.id,
      title: module.title,
      responses,
      averageRating: responses ? Math.round((total / responses) * 10) / 10 : null,
      ratingCounts,
      recentComments: module.feedback
        .filter((entry) => entry.comment.trim() !== '')
        .slice(0, commentsPerModule)
        .map((entry) => ({ rating: entry.rating, comment: entry.comment, createdOn: entry.createdAt })),
    };
  });
}
