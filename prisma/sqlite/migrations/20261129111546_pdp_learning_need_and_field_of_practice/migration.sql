-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PlannedCpdActivity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "learningNeed" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL,
    "outcomes" TEXT NOT NULL,
    "timeframe" TEXT NOT NULL,
    "fieldOfPractice" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PlannedCpdActivity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PlannedCpdActivity" ("createdAt", "id", "notes", "outcomes", "timeframe", "title", "userId") SELECT "createdAt", "id", "notes", "outcomes", "timeframe", "title", "userId" FROM "PlannedCpdActivity";
DROP TABLE "PlannedCpdActivity";
ALTER TABLE "new_PlannedCpdActivity" RENAME TO "PlannedCpdActivity";
CREATE INDEX "PlannedCpdActivity_userId_idx" ON "PlannedCpdActivity"("userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
