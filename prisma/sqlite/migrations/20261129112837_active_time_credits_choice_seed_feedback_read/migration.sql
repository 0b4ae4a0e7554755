-- CreateTable
CREATE TABLE "LearnerActivity" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "creditedUntil" DATETIME NOT NULL,
    CONSTRAINT "LearnerActivity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActiveTimeCredit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "endedAt" DATETIME NOT NULL,
    "seconds" INTEGER NOT NULL,
    CONSTRAINT "ActiveTimeCredit_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "scenarioVersionId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'in-progress',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "snapshotJson" TEXT NOT NULL,
    "endingId" TEXT,
    "rating" TEXT,
    "points" INTEGER NOT NULL DEFAULT 0,
    "activeSeconds" INTEGER NOT NULL DEFAULT 0,
    "choiceSeed" INTEGER NOT NULL DEFAULT 0,
    "feedbackReadSequence" INTEGER NOT NULL DEFAULT 0,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "completedAt" DATETIME,
    CONSTRAINT "Attempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_scenarioVersionId_fkey" FOREIGN KEY ("scenarioVersionId") REFERENCES "ScenarioVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("activeSeconds", "completedAt", "endingId", "id", "points", "rating", "scenarioVersionId", "sequence", "snapshotJson", "startedAt", "status", "updatedAt", "userId") SELECT "activeSeconds", "completedAt", "endingId", "id", "points", "rating", "scenarioVersionId", "sequence", "snapshotJson", "startedAt", "status", "updatedAt", "userId" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_userId_status_idx" ON "Attempt"("userId", "status");
CREATE INDEX "Attempt_scenarioVersionId_idx" ON "Attempt"("scenarioVersionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ActiveTimeCredit_userId_endedAt_idx" ON "ActiveTimeCredit"("userId", "endedAt");

-- CreateIndex
CREATE INDEX "ActiveTimeCredit_attemptId_idx" ON "ActiveTimeCredit"("attemptId");
