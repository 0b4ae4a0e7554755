-- CreateTable
CREATE TABLE "InsightTally" (
    "scenarioVersionId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "sceneId" TEXT NOT NULL,
    "item" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "passes" INTEGER NOT NULL,

    CONSTRAINT "InsightTally_pkey" PRIMARY KEY ("scenarioVersionId","metric","sceneId","item","value","userId","day")
);

-- CreateTable
CREATE TABLE "InsightTotal" (
    "scenarioVersionId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "sceneId" TEXT NOT NULL,
    "item" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "passes" INTEGER NOT NULL,
    "learners" INTEGER NOT NULL,

    CONSTRAINT "InsightTotal_pkey" PRIMARY KEY ("scenarioVersionId","metric","sceneId","item","value")
);

-- CreateTable
CREATE TABLE "InsightLearner" (
    "scenarioVersionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "InsightLearner_pkey" PRIMARY KEY ("scenarioVersionId","userId")
);

-- CreateTable
CREATE TABLE "InsightFoldedAttempt" (
    "attemptId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "previousSequence" INTEGER NOT NULL,
    "batch" INTEGER NOT NULL,

    CONSTRAINT "InsightFoldedAttempt_pkey" PRIMARY KEY ("attemptId")
);

-- CreateTable
CREATE TABLE "InsightFold" (
    "id" TEXT NOT NULL,
    "watermark" TIMESTAMP(3) NOT NULL,
    "batch" INTEGER NOT NULL,

    CONSTRAINT "InsightFold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InsightFoldCell" (
    "id" SERIAL NOT NULL,
    "scenarioVersionId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "sceneId" TEXT NOT NULL,
    "item" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "passes" INTEGER NOT NULL,

    CONSTRAINT "InsightFoldCell_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InsightTally_day_idx" ON "InsightTally"("scenarioVersionId", "day", "metric", "sceneId", "item", "value", "userId", "count", "passes");

-- CreateIndex
CREATE INDEX "InsightTally_learner_idx" ON "InsightTally"("userId", "scenarioVersionId", "day", "metric", "sceneId", "item", "value", "count", "passes");

-- CreateIndex
CREATE INDEX "InsightLearner_userId_idx" ON "InsightLearner"("userId");

-- CreateIndex
CREATE INDEX "InsightFoldedAttempt_batch_idx" ON "InsightFoldedAttempt"("batch");

-- CreateIndex
CREATE INDEX "AttemptEvent_createdAt_attemptId_sequence_idx" ON "AttemptEvent"("createdAt", "attemptId", "sequence");

-- AddForeignKey
ALTER TABLE "InsightTally" ADD CONSTRAINT "InsightTally_scenarioVersionId_fkey" FOREIGN KEY ("scenarioVersionId") REFERENCES "ScenarioVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsightTally" ADD CONSTRAINT "InsightTally_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsightTotal" ADD CONSTRAINT "InsightTotal_scenarioVersionId_fkey" FOREIGN KEY ("scenarioVersionId") REFERENCES "ScenarioVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsightLearner" ADD CONSTRAINT "InsightLearner_scenarioVersionId_fkey" FOREIGN KEY ("scenarioVersionId") REFERENCES "ScenarioVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsightLearner" ADD CONSTRAINT "InsightLearner_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsightFoldedAttempt" ADD CONSTRAINT "InsightFoldedAttempt_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
