-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "userAgent" TEXT;

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- The audit trail keeps its actor: an account with audit rows cannot be deleted (disable it instead).
ALTER TABLE "AuditLog" DROP CONSTRAINT "AuditLog_actorId_fkey";
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- 安全审计 is append-only: no UPDATE or DELETE, whoever asks (the app's own role included).
-- TRUNCATE does not fire row triggers: in production the app role must not own the table and must not
-- hold TRUNCATE on it (docs/DEPLOYMENT.md). Rows are kept at least 180 days (网络安全法 §21), older ones
-- are archived by the DBA, not by the app.
-- The body is an E'' string with \073 for its semicolon: Prisma's js engine splits migrations at every
-- semicolon, dollar quotes included.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN RAISE EXCEPTION ''AuditLog is append-only: % refused'', TG_OP USING ERRCODE = ''insufficient_privilege''\073 END';

CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
