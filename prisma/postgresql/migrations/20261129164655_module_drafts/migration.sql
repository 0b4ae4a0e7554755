-- AlterTable
ALTER TABLE "ScenarioDraft" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'scenario';

-- CreateIndex
CREATE INDEX "ScenarioDraft_kind_status_updatedAt_idx" ON "ScenarioDraft"("kind", "status", "updatedAt");
