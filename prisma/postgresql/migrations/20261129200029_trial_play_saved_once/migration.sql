-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "trialPlayHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_userId_trialPlayHash_key" ON "Attempt"("userId", "trialPlayHash");
