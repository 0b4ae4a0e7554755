-- CreateIndex
CREATE INDEX "Attempt_insight_idx" ON "Attempt"("scenarioVersionId", "startedAt", "userId", "status", "endingId", "id");
