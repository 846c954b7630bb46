import "server-only";
import { allTimedStages } from "@/lib/domain/deadlines";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { HOLIDAY_PACKAGE } from "./sync-holidays";
import { loadTimeLimits } from "./due-on";

/**
 * 系统管理员's 节假日与办理时限 page: the loaded years (newest first) with how many 放假 and 调休上班
 * days each holds (counted in the database), and the limit of every timed stage.
 */
export async function listDeadlineSettings({ actor }: { actor: Actor }) {
  assertRole(actor, ["ADMIN"]);
  const [years, counts, limitOf] = await Promise.all([
    db.holidayYear.findMany({ orderBy: { year: "desc" } }),
    db.holiday.groupBy({ by: ["year", "kind"], _count: true }),
    loadTimeLimits(db),
  ]);
  const count = (year: number, kind: string) => counts.find((c) => c.year === year && c.kind === kind)?._count ?? 0;
  return {
    packageName: HOLIDAY_PACKAGE,
    years: years.map((y) => ({
      year: y.year,
      source: y.source,
      fromPackage: y.source === HOLIDAY_PACKAGE,
      holidays: count(y.year, "HOLIDAY"),
      workdays: count(y.year, "WORKDAY"),
    })),
    limits: allTimedStages().map((stage) => ({ ...stage, days: limitOf(stage.kind, stage.status) })),
  };
}
