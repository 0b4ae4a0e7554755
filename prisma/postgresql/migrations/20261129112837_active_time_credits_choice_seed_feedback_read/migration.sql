-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "choiceSeed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "feedbackReadSequence" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "LearnerActivity" (
    "userId" TEXT NOT NULL,
    "creditedUntil" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearnerActivity_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "ActiveTimeCredit" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL,
    "seconds" INTEGER NOT NULL,

    CONSTRAINT "ActiveTimeCredit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActiveTimeCredit_userId_endedAt_idx" ON "ActiveTimeCredit"("userId", "endedAt");

-- CreateIndex
CREATE INDEX "ActiveTimeCredit_attemptId_idx" ON "ActiveTimeCredit"("attemptId");

-- AddForeignKey
ALTER TABLE "LearnerActivity" ADD CONSTRAINT "LearnerActivity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActiveTimeCredit" ADD CONSTRAINT "ActiveTimeCredit_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
