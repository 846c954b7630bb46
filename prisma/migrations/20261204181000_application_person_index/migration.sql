-- Issue 11: the staff queues' search reaches applications through the matching holders (name fragment,
-- 身份证号), one arm of a UNION (lib/server/review/queries.ts): without this index that arm scanned Application.

-- CreateIndex
CREATE INDEX "Application_personId_idx" ON "Application"("personId");
