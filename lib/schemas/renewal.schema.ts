import { certificateApplicationSchema, resubmitCertificateApplicationSchema } from "./decision.schema";

/**
 * 证明材料 per renewal (checked in the browser and by the server). Files are not in the parsed object: the server
 * action reads them.
 */
export const MAX_SUPPORTING_FILES = 5;

/** 【延续申请】: 核对信息 (a note if something is wrong) + the signed form and 证明材料 (files). */
export const renewalSchema = certificateApplicationSchema;

/** 【修改】 a rejected renewal: files kept unless replaced, new 证明材料 appended. */
export const resubmitRenewalSchema = resubmitCertificateApplicationSchema;
