import { z } from "./zod";

export const REVOKE_REASON_MAX = 500;

/** 【撤销证书】 → 【确认撤销】: the reason is required and told to the holder and the unit. */
export const revokeCertificateSchema = z.object({
  certificateId: z.uuid("参数错误"),
  version: z.coerce.number().int().min(0),
  reason: z.string().trim().min(1, "请填写撤销原因").max(REVOKE_REASON_MAX, `撤销原因不能超过${REVOKE_REASON_MAX}字`),
});
