import "server-only";
import { revalidatePath } from "next/cache";
import type { Permission } from "@/lib/domain/permissions";
import { bindingDecisionSchema } from "@/lib/schemas/person-binding.schema";
import { authedAction } from "../action";
import { decidePersonBinding } from "./decide-person-binding";

/** The server action behind 【确认绑定】/【拒绝】 on a page (the unit's or the 审核部门's). */
export function bindingDecisionAction(permission: Permission, page: string) {
  return authedAction({ permission, schema: bindingDecisionSchema }, async ({ actor, input }) => {
    await decidePersonBinding({ actor, bindingId: input.bindingId, decision: input.decision });
    revalidatePath(page);
  });
}
