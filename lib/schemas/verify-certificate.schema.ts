import { z } from "./zod";

/** 【证书查询】 (public): the certificate number and the holder's name, both required. */
export const verifyCertificateSchema = z.object({
  number: z.string().trim().min(1, "请输入证书编号").max(40, "证书编号过长，请核对"),
  holderName: z.string().trim().min(1, "请输入持证人姓名").max(50, "姓名过长，请核对"),
});
export type VerifyCertificateInput = z.infer<typeof verifyCertificateSchema>;
