"use server";

import { holderCancelAction } from "@/lib/server/holder-application-action";
import { decideApplication } from "@/lib/server/workflow/decide-application";

/** 【撤回】 a transfer (调出 or 调入: the same permission) the unit has not decided yet. */
export const withdrawTransferAction = holderCancelAction("TRANSFER_OUT", "withdrawn", (input) =>
  decideApplication({ ...input, action: "withdraw" }),
);
