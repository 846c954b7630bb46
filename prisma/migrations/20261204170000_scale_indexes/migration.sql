-- Issue 11: list queries served by indexes at national scale (bench/explain.ts checks the plans).

-- CreateIndex
CREATE INDEX "Enterprise_createdAt_id_idx" ON "Enterprise"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Application_kind_submittedAt_idx" ON "Application"("kind", "submittedAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_id_idx" ON "AuditLog"("action", "id");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_id_idx" ON "AuditLog"("actorId", "id");

-- CreateIndex
CREATE INDEX "Certificate_enterpriseId_category_number_idx" ON "Certificate"("enterpriseId", "category", "number");

-- CreateIndex
CREATE INDEX "Certificate_updatedAt_id_idx" ON "Certificate"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Notification_accountId_createdAt_idx" ON "Notification"("accountId", "createdAt");

-- Fragment searches (contains / ILIKE '%…%') use trigram GIN indexes. pg_trgm ships with PostgreSQL's
-- contrib (Debian's postgresql-15 and the embedded-postgres binaries both have it). Prisma's schema
-- language cannot state these without a preview feature, so they live only here.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Person_name_trgm_idx" ON "Person" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "Certificate_number_trgm_idx" ON "Certificate" USING GIN ("number" gin_trgm_ops);
CREATE INDEX "Enterprise_name_trgm_idx" ON "Enterprise" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "Enterprise_creditCode_trgm_idx" ON "Enterprise" USING GIN ("creditCode" gin_trgm_ops);
CREATE INDEX "AuditLog_targetId_trgm_idx" ON "AuditLog" USING GIN ("targetId" gin_trgm_ops);
CREATE INDEX "AuditLog_targetType_trgm_idx" ON "AuditLog" USING GIN ("targetType" gin_trgm_ops);
-- 审计日志's 操作人 search (username or name fragment): the matching accounts, then their rows by (actorId, id).
CREATE INDEX "Account_username_trgm_idx" ON "Account" USING GIN ("username" gin_trgm_ops);
CREATE INDEX "Account_displayName_trgm_idx" ON "Account" USING GIN ("displayName" gin_trgm_ops);
