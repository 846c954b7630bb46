"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import { cancelApplicationSchema } from "@/lib/schemas/decision.schema";

/** 【撤回】 a transfer the unit has not decided yet. */
export const withdrawTransferAction = authedAction(
  { roles: ["PERSON"], schema: cancelApplicationSchema, redirectTo: () => "/person/applications?withdrawn=1" },
  async ({ actor, input }) => {
    await decideApplication({ actor, applicationId: input.applicationId, expectedVersion: input.version, action: "withdraw" });
    revalidatePath("/person/certificates");
  },
);
