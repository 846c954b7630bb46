"use server";

import { publicAction } from "@/lib/server/action";
import { verifyCertificate } from "@/lib/server/certificates/verify-certificate";
import { verifyCertificateSchema } from "@/lib/schemas/verify-certificate.schema";

/** 【查询】: the certificate, or `certificate: null` (未查询到) without saying which field was wrong. */
export const verifyCertificateAction = publicAction({ schema: verifyCertificateSchema }, async ({ input, meta }) => ({
  certificate: await verifyCertificate({ number: input.number, holderName: input.holderName, ip: meta.ip }),
}));
