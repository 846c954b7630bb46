import { z } from "./zod";

/**
 * 证明材料 per renewal (checked in the browser and by the server). Files are not in the parsed object: the server
 * action reads them.
 */
export const MAX_SUPPORTING_FILES = 5;

const note = z.string().trim().max(200, "备注不能超过200字").optional().default("");

/** 【延续申请】: 核对信息 (a note if something is wrong) + the signed form and 证明材料 (files). */
export const renewalSchema = z.object({
  certificateId: z.uuid("参数错误"),
  note,
});

/** 【修改】 a rejected renewal: files kept unless replaced, new 证明材料 appended. */
export const resubmitRenewalSchema = z.object({
  applicationId: z.uuid("参数错误"),
  version: z.coerce.number().int().min(0),
  note,
});
