import { z } from "./zod";

/** 【确认绑定】/【拒绝】 on a pending 个人账号绑定. */
export const bindingDecisionSchema = z.object({
  bindingId: z.uuid("参数错误"),
  decision: z.enum(["confirm", "refuse"], "参数错误"),
});

/** 【解除绑定】 (审核部门). */
export const bindingUndoSchema = z.object({ bindingId: z.uuid("参数错误") });

/** 【申请绑定】: nothing to type, the account's registration says whom. */
export const bindingRequestSchema = z.object({});
