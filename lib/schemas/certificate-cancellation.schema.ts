import { CANCELLATION_REASONS } from "./payloads";
import { z } from "./zod";

export const OTHER_REASON_REQUIRED = "选择“其他”时请填写注销原因";

/** 【注销申请】: a reason from the list (其他 with its text); the optional attachment is read by the action. */
export const certificateCancellationSchema = z
  .object({
    certificateId: z.uuid("参数错误"),
    reason: z.enum(CANCELLATION_REASONS, { error: "请选择注销原因" }),
    reasonText: z.string().trim().max(200, "注销原因不能超过200字").optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.reason === "其他" && !v.reasonText) {
      ctx.addIssue({ code: "custom", path: ["reasonText"], message: OTHER_REASON_REQUIRED });
    }
  });
export type CertificateCancellationInput = z.infer<typeof certificateCancellationSchema>;
