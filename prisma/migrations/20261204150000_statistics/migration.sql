-- CreateIndex
CREATE INDEX "Application_submittedAt_idx" ON "Application"("submittedAt");

-- CreateIndex
CREATE INDEX "Certificate_issuedOn_idx" ON "Certificate"("issuedOn");

-- 统计: working days after `a` up to and including `b` (0 on the same day, 1 from a Friday to the next
-- Monday, negative when b < a). The ONE place the statistics count working days: for now Monday to
-- Friday. Switch it to the holiday table (法定节假日 and 调休) when that is merged.
-- Not STRICT, so that PostgreSQL inlines it into the query (NULL in gives NULL out all the same).
-- (No semicolon in a comment or in the body: Prisma's js engine splits migrations at every one.)
-- Closed formula: weekdays in [1900-01-01 (a Monday), d) = 5 * (n / 7) + least(n % 7, 5), n = d - 1900-01-01.
CREATE FUNCTION working_days_between(a date, b date) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  'SELECT (5 * ((b + 1 - DATE ''1900-01-01'') / 7) + least((b + 1 - DATE ''1900-01-01'') % 7, 5))
        - (5 * ((a + 1 - DATE ''1900-01-01'') / 7) + least((a + 1 - DATE ''1900-01-01'') % 7, 5))';
