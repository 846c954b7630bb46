import "server-only";
import { fromDateOnly } from "@/lib/domain/calendar-date";
import type { HolidayYearInput } from "@/lib/schemas/holidays.schema";
import { assertRole, type Actor } from "../auth/actor";
import { audit } from "../audit";
import { db } from "../db";
import { ConflictError } from "../errors";
import { uniqueViolationFields } from "../prisma-errors";
import { recomputeDueDates } from "./recompute-due-dates";

const YEAR_LOADED = "该年度的节假日安排已录入";

/**
 * 系统管理员: enters a year's 节假日安排 (when the State Council publishes it). The year row is the
 * claim (a second entry of the same year is a conflict); the due dates that were unknown are computed
 * in the same transaction. Returns how many due dates became known.
 */
export async function enterHolidayYear({ actor, input }: { actor: Actor; input: HolidayYearInput }) {
  assertRole(actor, ["ADMIN"]);
  try {
    return await db.$transaction(async (tx) => {
      const account = await tx.account.findUniqueOrThrow({ where: { id: actor.accountId } });
      await tx.holidayYear.create({ data: { year: input.year, source: account.username ?? actor.displayName } });
      await tx.holiday.createMany({
        data: input.days.map((d) => ({ ...d, date: fromDateOnly(d.date), year: input.year })),
      });
      await audit(tx, {
        actor,
        action: "holidays.enter",
        targetType: "HolidayYear",
        targetId: String(input.year),
        detail: { days: input.days },
      });
      return recomputeDueDates(tx, { onlyUnknown: true });
    });
  } catch (error) {
    if (uniqueViolationFields(error)) throw new ConflictError(YEAR_LOADED);
    throw error;
  }
}
