-- Each team CPD record keeps the stretch it credited (ADR 020, addendum 2026-12-01). Records made
-- before were credited their session's whole length, so they get its start and end.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_TeamCpdRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reflection" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "creditedFrom" DATETIME NOT NULL,
    "creditedUntil" DATETIME NOT NULL,
    "completedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TeamCpdRecord_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TeamSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TeamCpdRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_TeamCpdRecord" ("completedAt", "createdAt", "creditedFrom", "creditedUntil", "id", "minutes", "reflection", "sessionId", "userId")
SELECT "r"."completedAt", "r"."createdAt", "s"."startedAt", "r"."completedAt", "r"."id", "r"."minutes", "r"."reflection", "r"."sessionId", "r"."userId"
FROM "TeamCpdRecord" AS "r" JOIN "TeamSession" AS "s" ON "s"."id" = "r"."sessionId";
DROP TABLE "TeamCpdRecord";
ALTER TABLE "new_TeamCpdRecord" RENAME TO "TeamCpdRecord";
CREATE INDEX "TeamCpdRecord_userId_completedAt_idx" ON "TeamCpdRecord"("userId", "completedAt");
CREATE UNIQUE INDEX "TeamCpdRecord_sessionId_userId_key" ON "TeamCpdRecord"("sessionId", "userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
