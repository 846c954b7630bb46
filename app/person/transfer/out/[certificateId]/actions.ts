"use server";

import { authedAction } from "@/lib/server/action";
import { submitTransferOut } from "@/lib/server/transfers/submit-transfer-out";
import { transferOutSchema } from "@/lib/schemas/person.schema";

export const submitTransferOutAction = authedAction(
  {
    permission: "person.transfer.apply",
    schema: transferOutSchema,
    redirectTo: () => "/person/applications?submitted=1",
  },
  async ({ actor, input }) => {
    await submitTransferOut({ actor, certificateId: input.certificateId, reason: input.reason });
  },
);
