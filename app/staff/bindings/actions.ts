"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { bindingDecisionAction } from "@/lib/server/person-bindings/binding-actions";
import { undoPersonBinding } from "@/lib/server/person-bindings/undo-person-binding";
import { bindingUndoSchema } from "@/lib/schemas/person-binding.schema";

/** 【确认绑定】/【拒绝】 by the 审核部门, for holders whose certificates are at no unit. */
export const decideBindingAction = bindingDecisionAction("binding.manage", "/staff/bindings");

/** 【解除绑定】: a wrong binding is undone (audited). */
export const undoBindingAction = authedAction(
  { permission: "binding.manage", schema: bindingUndoSchema },
  async ({ actor, input }) => {
    await undoPersonBinding({ actor, bindingId: input.bindingId });
    revalidatePath("/staff/bindings");
  },
);
