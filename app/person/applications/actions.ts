"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { withdrawTransfer } from "@/lib/server/transfers/decide-transfer";
import { cancelApplicationSchema } from "@/lib/schemas/review.schema";

/** 【撤回】 a transfer the unit has not decided yet. */
export const withdrawTransferAction = authedAction(
  { permission: "person.transfer.apply", schema: cancelApplicationSchema, redirectTo: () => "/person/applications?withdrawn=1" },
  async ({ actor, input }) => {
    await withdrawTransfer({ actor, applicationId: input.applicationId, expectedVersion: input.version });
    revalidatePath("/person/certificates");
  },
);
