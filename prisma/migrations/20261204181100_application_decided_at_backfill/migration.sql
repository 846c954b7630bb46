-- Issue 11: 统计's decision times read Application."decidedAt" (set by transition when an application
-- enters 通过, 不通过 or 已取消, cleared when it is resubmitted) instead of joining the history.
-- Decided rows without it (written by hand or by a script) get it from their history: the latest event
-- into the status they are in, probed per row through the (applicationId, at) index. One statement
-- each, one pass over Application: safe on two million rows.
UPDATE "Application" a
   SET "decidedAt" = (SELECT max(e.at) FROM "ApplicationEvent" e
                       WHERE e."applicationId" = a.id AND e."toStatus" = a.status)
 WHERE a."decidedAt" IS NULL
   AND a.status IN ('APPROVED', 'REJECTED', 'CANCELLED');

-- Open applications carry none (a resubmitted 不通过 is open again).
UPDATE "Application" SET "decidedAt" = NULL
 WHERE "decidedAt" IS NOT NULL AND status IN ('PENDING_UNIT', 'PENDING_REVIEW', 'PENDING_ASSESSMENT');
