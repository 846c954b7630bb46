"use server";

import { holderSubmitAction } from "@/lib/server/holder-application-action";
import { submitTransferOut } from "@/lib/server/transfers/submit-transfer-out";
import { transferOutSchema } from "@/lib/schemas/person.schema";

export const submitTransferOutAction = holderSubmitAction("TRANSFER_OUT", transferOutSchema, ({ actor, input }) =>
  submitTransferOut({ actor, certificateId: input.certificateId, reason: input.reason }),
);
