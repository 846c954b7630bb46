import { z } from "./zod";

export const decisionSchema = z
  .object({
    applicationId: z.uuid("参数错误"),
    version: z.coerce.number().int().min(0),
    decision: z.enum(["approve", "reject"], "请选择审核结果"),
    opinion: z.string().trim().max(500, "意见不能超过500字").optional().default(""),
  })
  .refine((v) => v.decision !== "reject" || v.opinion.length > 0, {
    message: "请填写不通过原因",
    path: ["opinion"],
  });
