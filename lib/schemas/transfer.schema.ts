import { batchItems } from "./decision.schema";
import { unitDecisionSchema } from "./person.schema";
import { z } from "./zod";

export const TRANSFER_KINDS = ["TRANSFER_OUT", "TRANSFER_IN"] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/** Which list the unit acts from (a hidden field): 人员调出 or 人员调入. */
const transferKind = z.object({ kind: z.enum(TRANSFER_KINDS, "参数错误") });

/** The unit's 【审核】 on one transfer: 同意 / 不同意 (意见 required for 不同意), with its kind. */
export const unitTransferDecisionSchema = unitDecisionSchema.and(transferKind);

/** 【同意调出】 / 【同意调入】 for the ticked rows. */
export const unitBatchApproveSchema = transferKind.extend({
  items: batchItems({ none: "请先勾选要处理的人员", unit: "人" }),
});
