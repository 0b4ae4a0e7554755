/**
 * What the database returns for one scenario version and filter: counts only, each with the number
 * of distinct learners behind it so the privacy rule can be applied. Never any text a learner wrote.
 */
export interface RawInsight {
  totals: { attempts: number; learners: number; completedAttempts: number; completedLearners: number };
  /** Completed attempts by ending. */
  endings: Array<{ endingId: string; attempts: number; learners: number }>;
  /** Unfinished attempts by the scene they are waiting on. */
  stops: Array<{ sceneId: string; attempts: number; learners: number }>;
  /** Decisions made in each scene. */
  scenes: Array<{ sceneId: string; decisions: number; learners: number }>;
  /** Choices by the 1-based position the chosen option was shown in (from the stored shown order). */
  choices: Array<{ sceneId: string; choiceId: string; position: number; decisions: number; learners: number }>;
  /** Seconds from the scene opening (previous decision, or the start) to the decision: a histogram. */
  decideSeconds: Array<{ sceneId: string; seconds: number; decisions: number }>;
  /** Each attempt's first written reply in a scene, and how many of those passed every check. */
  firstTries: Array<{ sceneId: string; tries: number; learners: number; passes: number }>;
  /** Every written reply's check results: how often each check ran and passed. */
  checks: Array<{ sceneId: string; check: string; results: number; learners: number; passes: number }>;
  /** Matched words of failed checks, lower-cased, with how many learners' replies failed on them. */
  failedWords: Array<{ sceneId: string; check: string; word: string; times: number; learners: number }>;
}
