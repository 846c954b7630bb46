import { certificateApplicationSchema, resubmitCertificateApplicationSchema } from "./decision.schema";
import { z } from "./zod";

/** 单位信息变更 【提交】 for one holder (the scan is a file field, checked on the server). */
export const unitInfoChangeSchema = certificateApplicationSchema;

export const resubmitUnitInfoChangeSchema = resubmitCertificateApplicationSchema;

/** Batch 【变更申请】: several holders, each with its own scan (formFile_<certificateId>). */
export const batchUnitInfoChangeSchema = z.object({
  certificateIds: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.uuid("参数错误")).min(1, "请先勾选人员").max(200, "一次最多200人")),
});
