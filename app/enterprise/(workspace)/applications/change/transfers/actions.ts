"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { decideApplications, decidePosted } from "@/lib/server/workflow/decide-application";
import { unitBatchApproveSchema, unitTransferDecisionSchema, type TransferKind } from "@/lib/schemas/transfer.schema";

const CHANGE = "/enterprise/applications/change";
type Decided = { kind: TransferKind; decision: "unitApprove" | "unitReject" };

const listOf = (kind: TransferKind) => `${CHANGE}/transfers/${kind === "TRANSFER_OUT" ? "out" : "in"}`;

/** 【审核】 on one row: 同意 / 不同意 with 意见; back to 【待审核】 with a note of what was done. */
export const unitDecideAction = authedAction(
  {
    permission: "unit.transfer.decide",
    schema: unitTransferDecisionSchema,
    redirectTo: ({ kind, decision }: Decided) =>
      `${listOf(kind)}?tab=pending&decided=${decision === "unitApprove" ? "approve" : "reject"}`,
  },
  async ({ actor, input }): Promise<Decided> => {
    await decidePosted(actor, input);
    revalidatePath(listOf(input.kind));
    revalidatePath(CHANGE);
    return { kind: input.kind, decision: input.decision };
  },
);

/** 【同意调出】 / 【同意调入】: each ticked row on its own; the rows that did not go through say why. */
export const unitBatchApproveAction = authedAction(
  { permission: "unit.transfer.decide", schema: unitBatchApproveSchema },
  async ({ actor, input }) => {
    const results = await decideApplications({ actor, kind: input.kind, action: "unitApprove", items: input.items });
    revalidatePath(listOf(input.kind));
    revalidatePath(CHANGE);
    return results;
  },
);
