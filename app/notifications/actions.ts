"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { markNotificationsRead } from "@/lib/server/notifications/queries";
import { z } from "@/lib/schemas/zod";

export const markReadAction = authedAction(
  { permission: "notifications.read", schema: z.object({}) },
  async ({ actor }) => {
    await markNotificationsRead({ actor });
    revalidatePath("/", "layout");
  },
);
