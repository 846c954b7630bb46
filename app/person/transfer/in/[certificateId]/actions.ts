"use server";

import { authedAction } from "@/lib/server/action";
import { InvalidInputError } from "@/lib/server/errors";
import { holderSubmitAction } from "@/lib/server/holder-application-action";
import { findUnitForTransfer } from "@/lib/server/transfers/find-unit-for-transfer";
import { submitTransferIn } from "@/lib/server/transfers/submit-transfer-in";
import { transferInSchema } from "@/lib/schemas/person.schema";

const NOT_FOUND = "未找到该单位，请输入已审核通过单位的全称或统一社会信用代码";

/** 【查找】: the approved unit with this exact name or 统一社会信用代码, shown before submitting. */
export const findUnitAction = authedAction(
  { permission: "person.transfer.apply", schema: transferInSchema.pick({ unit: true }) },
  async ({ input }) => {
    const unit = await findUnitForTransfer(input.unit);
    if (!unit) throw new InvalidInputError(NOT_FOUND, { unit: [NOT_FOUND] });
    return { query: input.unit, name: unit.name, creditCode: unit.creditCode };
  },
);

export const submitTransferInAction = holderSubmitAction("TRANSFER_IN", transferInSchema, ({ actor, input }) =>
  submitTransferIn({ actor, certificateId: input.certificateId, unit: input.unit, reason: input.reason }),
);
