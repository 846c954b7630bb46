-- 【批量通过】 reads once which unit accounts the deciding staff member reset a password of (separation of
-- duties, lib/server/workflow/transition.ts unitsBarredFor). Few accounts were ever reset: a partial index.
CREATE INDEX "Account_passwordResetById_idx" ON "Account" ("passwordResetById") WHERE "passwordResetById" IS NOT NULL;
