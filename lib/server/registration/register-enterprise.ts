import "server-only";
import type { EnterpriseFields } from "@/lib/schemas/enterprise.schema";
import { consumeEmailCode } from "../auth/email-codes";
import { hashPassword } from "../auth/password";
import { db } from "../db";
import { InvalidInputError } from "../errors";
import { uploadsFor } from "../files/save-upload";
import { uniqueViolationFields } from "../prisma-errors";
import { consume, TOO_MANY } from "../rate-limit";
import { createEnterpriseAccount } from "./create-enterprise-account";
import { assertEnterpriseUnique } from "./enterprise-unique";

/** Guide §1: a new enterprise account with its data, submitted for review (待审核). */
export async function registerEnterprise(input: {
  fields: EnterpriseFields;
  code: string;
  password: string;
  licenseFile: File | null;
  qualificationFile: File | null;
  ip: string;
}) {
  await consume("registerIp", input.ip, TOO_MANY("注册提交"));
  const { fields } = input;
  const missing: Record<string, string[]> = {};
  if (!input.licenseFile) missing.licenseFile = ["请上传营业执照"];
  if (!input.qualificationFile) missing.qualificationFile = ["请上传资质证书"];
  if (Object.keys(missing).length) throw new InvalidInputError("请上传所需附件", missing);

  const passwordHash = await hashPassword(input.password);
  const uploads = uploadsFor({});
  try {
    const licenseFileId = await uploads.save(input.licenseFile!, "licenseFile");
    const qualificationFileId = await uploads.save(input.qualificationFile!, "qualificationFile");
    return await insertRegistration(fields, passwordHash, input.code, { licenseFileId, qualificationFileId });
  } catch (error) {
    await uploads.discard();
    // Two people registering the same credit code or email at the same moment: one wins (the code
    // was right: the insert comes after it).
    const fields = uniqueViolationFields(error);
    if (fields?.some((f) => f.includes("creditCode") || f.includes("email"))) {
      await assertEnterpriseUnique({ creditCode: input.fields.creditCode, email: input.fields.email });
    }
    throw error;
  }
}

function insertRegistration(
  fields: EnterpriseFields,
  passwordHash: string,
  code: string,
  { licenseFileId, qualificationFileId }: { licenseFileId: string; qualificationFileId: string },
) {
  return db.$transaction(async (tx) => {
    // The code first: only whoever owns the address learns whether the credit code or the email is
    // already registered (a refusal rolls the code's use back, so it can be used again).
    await consumeEmailCode(tx, { purpose: "REGISTER", email: fields.email, code });
    await assertEnterpriseUnique({ creditCode: fields.creditCode, email: fields.email });
    const { account, enterprise, application } = await createEnterpriseAccount(tx, {
      fields,
      passwordHash,
      licenseFileId,
      qualificationFileId,
    });
    return { accountId: account.id, enterpriseId: enterprise.id, applicationId: application.id };
  });
}
