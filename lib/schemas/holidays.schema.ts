import { parseHolidayLines, parseWorkdayLines } from "@/lib/domain/holiday-entry";
import { allTimedStages, TIME_LIMIT_MAX_DAYS } from "@/lib/domain/deadlines";
import { z } from "./zod";

/** 录入节假日: the year, its 放假 ranges and its 调休上班 days (lib/domain/holiday-entry.ts). */
export const holidayYearSchema = z
  .object({
    year: z.coerce
      .number({ error: "请填写年份" })
      .int("请填写四位年份")
      .min(2000, "请填写2000至2100年之间的年份")
      .max(2100, "请填写2000至2100年之间的年份"),
    holidays: z.string().max(4000, "内容过长"),
    workdays: z.string().max(2000, "内容过长").default(""),
  })
  .transform((v, ctx) => {
    const holidays = parseHolidayLines(v.year, v.holidays);
    if (holidays.error !== null) {
      ctx.addIssue({ code: "custom", path: ["holidays"], message: holidays.error });
      return z.NEVER;
    }
    const workdays = parseWorkdayLines(v.year, v.workdays, holidays.days);
    if (workdays.error !== null) {
      ctx.addIssue({ code: "custom", path: ["workdays"], message: workdays.error });
      return z.NEVER;
    }
    return { year: v.year, days: [...holidays.days, ...workdays.days] };
  });
export type HolidayYearInput = z.output<typeof holidayYearSchema>;

const timeLimitDaysField = z.coerce
  .number({ error: "请填写工作日数" })
  .int("请填写整数")
  .min(1, `请填写1至${TIME_LIMIT_MAX_DAYS}之间的工作日数`)
  .max(TIME_LIMIT_MAX_DAYS, `请填写1至${TIME_LIMIT_MAX_DAYS}之间的工作日数`);

/** 办理时限: one number of working days per kind and stage, the field named "<KIND>.<STATUS>". */
export const timeLimitsSchema = z.object(
  Object.fromEntries(allTimedStages().map((stage) => [stage.key, timeLimitDaysField])),
) as z.ZodType<Record<string, number>>;
