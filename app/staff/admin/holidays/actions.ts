"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { holidayYearSchema, timeLimitsSchema } from "@/lib/schemas/holidays.schema";
import { enterHolidayYear } from "@/lib/server/deadlines/enter-holiday-year";
import { setTimeLimits } from "@/lib/server/deadlines/set-time-limits";

export const enterHolidayYearAction = authedAction(
  { permission: "deadlines.configure", schema: holidayYearSchema },
  async ({ actor, input }) => {
    const known = await enterHolidayYear({ actor, input });
    revalidatePath("/staff/admin/holidays");
    return { year: input.year, known };
  },
);

export const setTimeLimitsAction = authedAction(
  { permission: "deadlines.configure", schema: timeLimitsSchema },
  async ({ actor, input }) => {
    const changed = await setTimeLimits({ actor, input });
    revalidatePath("/staff/admin/holidays");
    return { changed };
  },
);
