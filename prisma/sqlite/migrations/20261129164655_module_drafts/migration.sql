-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ScenarioDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL DEFAULT 'scenario',
    "moduleId" TEXT NOT NULL,
    "copiedFromId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'editing',
    "approvedRevision" INTEGER,
    "approvedById" TEXT,
    "approvedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ScenarioDraft_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ScenarioDraft_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ScenarioDraft" ("approvedAt", "approvedById", "approvedRevision", "copiedFromId", "createdAt", "createdById", "id", "moduleId", "status", "updatedAt") SELECT "approvedAt", "approvedById", "approvedRevision", "copiedFromId", "createdAt", "createdById", "id", "moduleId", "status", "updatedAt" FROM "ScenarioDraft";
DROP TABLE "ScenarioDraft";
ALTER TABLE "new_ScenarioDraft" RENAME TO "ScenarioDraft";
CREATE INDEX "ScenarioDraft_status_updatedAt_idx" ON "ScenarioDraft"("status", "updatedAt");
CREATE INDEX "ScenarioDraft_kind_status_updatedAt_idx" ON "ScenarioDraft"("kind", "status", "updatedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
