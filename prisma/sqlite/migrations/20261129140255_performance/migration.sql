-- AlterTable
ALTER TABLE "ScenarioVersion" ADD COLUMN "summaryJson" TEXT;

-- CreateTable
CREATE TABLE "LibraryPublication" (
    "folder" TEXT NOT NULL PRIMARY KEY,
    "filesHash" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
