-- AlterTable
ALTER TABLE "PlannedCpdActivity" ADD COLUMN     "fieldOfPractice" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "learningNeed" TEXT NOT NULL DEFAULT '';
