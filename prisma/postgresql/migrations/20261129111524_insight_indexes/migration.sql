-- CreateIndex
CREATE INDEX "Attempt_insight_idx" ON "Attempt"("scenarioVersionId", "startedAt", "userId", "status", "endingId", "id");

-- CreateIndex
CREATE INDEX "AttemptEvent_insight_idx" ON "AttemptEvent"("attemptId", "sequence", "sceneId", "kind", "choiceId", "createdAt", "optionsShownJson");
