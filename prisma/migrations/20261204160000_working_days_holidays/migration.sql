-- 统计 count working days with the holiday table (办理时限's Holiday: 法定节假日 and 调休上班 days), the
-- same calendar as lib/domain/working-days.ts: Monday to Friday, minus the HOLIDAY rows that fall on one,
-- plus the WORKDAY rows (调休 Saturdays and Sundays), over the days after `a` up to and including `b`
-- (negative when b < a). A year not in HolidayYear counts as Monday to Friday here: the statistics
-- describe decisions already made, which lie inside the loaded years.
-- (No semicolon in a comment or in the body: Prisma's js engine splits migrations at every one.)
CREATE OR REPLACE FUNCTION working_days_between(a date, b date) RETURNS integer
  LANGUAGE sql STABLE PARALLEL SAFE AS
  'SELECT (5 * ((b + 1 - DATE ''1900-01-01'') / 7) + least((b + 1 - DATE ''1900-01-01'') % 7, 5))
        - (5 * ((a + 1 - DATE ''1900-01-01'') / 7) + least((a + 1 - DATE ''1900-01-01'') % 7, 5))
        + sign(b - a)::integer * (
            SELECT count(*) FILTER (WHERE h.kind = ''WORKDAY'')
                 - count(*) FILTER (WHERE h.kind = ''HOLIDAY'' AND extract(isodow FROM h.date) < 6)
              FROM "Holiday" h
             WHERE h.date > least(a, b) AND h.date <= greatest(a, b))::integer';
