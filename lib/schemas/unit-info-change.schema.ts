import { z } from "./zod";

const note = z.string().trim().max(200, "备注不能超过200字").optional().default("");

/** 单位信息变更 【提交】 for one holder (the scan is a file field, checked on the server). */
export const unitInfoChangeSchema = z.object({
  certificateId: z.uuid("参数错误"),
  note,
});

export const resubmitUnitInfoChangeSchema = z.object({
  applicationId: z.uuid("参数错误"),
  version: z.coerce.number().int().min(0),
  note,
});

/** Batch 【变更申请】: several holders, each with its own scan (formFile_<certificateId>). */
export const batchUnitInfoChangeSchema = z.object({
  certificateIds: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.uuid("参数错误")).min(1, "请先勾选人员").max(200, "一次最多200人")),
});
