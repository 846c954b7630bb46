"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { markNotificationsRead } from "@/lib/server/notifications/queries";
import { z } from "@/lib/schemas/zod";

export const markReadAction = authedAction(
  { roles: ["ENTERPRISE", "PERSON", "REVIEWER", "ASSESSOR", "ADMIN"], schema: z.object({}), allowUnapprovedEnterprise: true },
  async ({ actor }) => {
    await markNotificationsRead({ actor });
    revalidatePath("/", "layout");
  },
);
