-- AlterTable
ALTER TABLE "User" ADD COLUMN     "teamRole" TEXT;
