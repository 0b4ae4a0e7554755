-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN "revokedAt" DATETIME;
ALTER TABLE "Invitation" ADD COLUMN "supersededAt" DATETIME;
