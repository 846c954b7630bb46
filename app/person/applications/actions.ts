"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import { cancelApplicationSchema } from "@/lib/schemas/decision.schema";

/** 【撤回】 a transfer the unit has not decided yet. */
export const withdrawTransferAction = authedAction(
  {
    permission: "person.transfer.apply",
    schema: cancelApplicationSchema,
    redirectTo: () => "/person/applications?withdrawn=1",
  },
  async ({ actor, input }) => {
    const { applicationId, version } = input;
    await decideApplication({ actor, applicationId, expectedVersion: version, action: "withdraw" });
    revalidatePath("/person/certificates");
  },
);
