-- Data migration, no schema change (issue 11 item 4, ADR 012): InsightTally's day is now the UK
-- calendar date an attempt started, not its UTC date. Emptying the rollup and its fold state makes the
-- next insight read refold every event from the start (no watermark, no folded sequences) with UK days.
DELETE FROM "InsightFoldCell";
DELETE FROM "InsightTally";
DELETE FROM "InsightTotal";
DELETE FROM "InsightLearner";
DELETE FROM "InsightFoldedAttempt";
DELETE FROM "InsightFold";
