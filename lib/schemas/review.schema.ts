import { z } from "./zod";

export const decisionSchema = z
  .object({
    applicationId: z.uuid("参数错误"),
    version: z.coerce.number().int().min(0),
    decision: z.enum(["approve", "reject", "issue"], "请选择审核结果"),
    opinion: z.string().trim().max(500, "意见不能超过500字").optional().default(""),
  })
  .refine((v) => v.decision !== "reject" || v.opinion.length > 0, {
    message: "请填写不通过原因",
    path: ["opinion"],
  });

/** Batch 【通过】: rows as "applicationId:version". */
export const batchDecisionSchema = z.object({
  items: z
    // No box ticked: the FormData has no "items" at all.
    .union([z.string(), z.array(z.string())], "请先勾选要处理的申请")
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(
      z
        .array(z.string().regex(/^[0-9a-f-]{36}:\d+$/, "参数错误"))
        .min(1, "请先勾选要处理的申请")
        .max(200, "一次最多处理200条"),
    ),
  decision: z.enum(["approve", "issue"]),
});

/** 单位信息变更 【提交】 for one holder (the scan is a file field, checked on the server). */
export const unitInfoChangeSchema = z.object({
  certificateId: z.uuid("参数错误"),
  note: z.string().trim().max(200, "备注不能超过200字").optional().default(""),
});

export const resubmitUnitInfoChangeSchema = z.object({
  applicationId: z.uuid("参数错误"),
  version: z.coerce.number().int().min(0),
  note: z.string().trim().max(200, "备注不能超过200字").optional().default(""),
});

export const cancelApplicationSchema = z.object({
  applicationId: z.uuid("参数错误"),
  version: z.coerce.number().int().min(0),
});

/** Batch 【变更申请】: several holders, each with its own scan (formFile_<certificateId>). */
export const batchUnitInfoChangeSchema = z.object({
  certificateIds: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.uuid("参数错误")).min(1, "请先勾选人员").max(200, "一次最多200人")),
});
