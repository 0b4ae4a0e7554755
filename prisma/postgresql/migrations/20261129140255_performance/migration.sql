-- AlterTable
ALTER TABLE "ScenarioVersion" ADD COLUMN     "summaryJson" TEXT;

-- CreateTable
CREATE TABLE "LibraryPublication" (
    "folder" TEXT NOT NULL,
    "filesHash" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LibraryPublication_pkey" PRIMARY KEY ("folder")
);
