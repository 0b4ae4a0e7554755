-- Each team CPD record keeps the stretch it credited (ADR 020, addendum 2026-12-01). Records made
-- before were credited their session's whole length, so they get its start and end.
-- AlterTable
ALTER TABLE "TeamCpdRecord" ADD COLUMN     "creditedFrom" TIMESTAMP(3),
ADD COLUMN     "creditedUntil" TIMESTAMP(3);

UPDATE "TeamCpdRecord" AS "r" SET "creditedFrom" = "s"."startedAt", "creditedUntil" = "r"."completedAt"
FROM "TeamSession" AS "s" WHERE "s"."id" = "r"."sessionId";

ALTER TABLE "TeamCpdRecord" ALTER COLUMN "creditedFrom" SET NOT NULL,
ALTER COLUMN "creditedUntil" SET NOT NULL;
