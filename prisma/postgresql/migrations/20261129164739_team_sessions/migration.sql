-- CreateTable
CREATE TABLE "TeamSession" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "scenarioVersionId" TEXT NOT NULL,
    "startedById" TEXT,
    "joinCode" TEXT NOT NULL,
    "phase" TEXT NOT NULL DEFAULT 'voting',
    "step" INTEGER NOT NULL DEFAULT 0,
    "snapshotJson" TEXT NOT NULL,
    "choiceSeed" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "endingId" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "TeamSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamParticipant" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT,
    "guestName" TEXT,
    "tokenHash" TEXT,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamVote" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "choiceId" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamDecision" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "sceneId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "optionsShownJson" TEXT NOT NULL,
    "choiceId" TEXT,
    "composedText" TEXT,
    "checkResultsJson" TEXT,
    "votesJson" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamCpdRecord" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reflection" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamCpdRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TeamSession_joinCode_key" ON "TeamSession"("joinCode");

-- CreateIndex
CREATE INDEX "TeamSession_practiceId_startedAt_idx" ON "TeamSession"("practiceId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "TeamParticipant_tokenHash_key" ON "TeamParticipant"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "TeamParticipant_sessionId_userId_key" ON "TeamParticipant"("sessionId", "userId");

-- CreateIndex
CREATE INDEX "TeamVote_sessionId_round_idx" ON "TeamVote"("sessionId", "round");

-- CreateIndex
CREATE UNIQUE INDEX "TeamVote_participantId_round_key" ON "TeamVote"("participantId", "round");

-- CreateIndex
CREATE UNIQUE INDEX "TeamDecision_sessionId_round_key" ON "TeamDecision"("sessionId", "round");

-- CreateIndex
CREATE INDEX "TeamCpdRecord_userId_completedAt_idx" ON "TeamCpdRecord"("userId", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "TeamCpdRecord_sessionId_userId_key" ON "TeamCpdRecord"("sessionId", "userId");

-- AddForeignKey
ALTER TABLE "TeamSession" ADD CONSTRAINT "TeamSession_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamSession" ADD CONSTRAINT "TeamSession_scenarioVersionId_fkey" FOREIGN KEY ("scenarioVersionId") REFERENCES "ScenarioVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamSession" ADD CONSTRAINT "TeamSession_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamParticipant" ADD CONSTRAINT "TeamParticipant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TeamSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamParticipant" ADD CONSTRAINT "TeamParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamVote" ADD CONSTRAINT "TeamVote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TeamSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamVote" ADD CONSTRAINT "TeamVote_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "TeamParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamDecision" ADD CONSTRAINT "TeamDecision_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TeamSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamCpdRecord" ADD CONSTRAINT "TeamCpdRecord_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TeamSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamCpdRecord" ADD CONSTRAINT "TeamCpdRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
