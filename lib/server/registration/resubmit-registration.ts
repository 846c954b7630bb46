import "server-only";
import { fromDateOnly } from "@/lib/domain/calendar-date";
import type { EnterpriseFields } from "@/lib/schemas/enterprise.schema";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { uploadsFor } from "../files/save-upload";
import { transition } from "../workflow/transition";
import { assertEnterpriseUnique, registrationSnapshot } from "./enterprise-unique";

/** 前往修改 → 重新提交: the rejected registration, corrected, goes back to 待审核. Files are kept unless replaced. */
export async function resubmitRegistration(input: {
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  fields: Omit<EnterpriseFields, "email">;
  licenseFile: File | null;
  qualificationFile: File | null;
}) {
  const enterpriseId = enterpriseIdOf(input.actor);
  const enterprise = await db.enterprise.findUnique({ where: { id: enterpriseId } });
  if (!enterprise) throw new NotFoundError();
  await assertEnterpriseUnique({ creditCode: input.fields.creditCode, exceptEnterpriseId: enterpriseId });

  const uploads = uploadsFor({ uploadedById: input.actor.accountId, enterpriseId });
  try {
    const licenseFileId = input.licenseFile
      ? await uploads.save(input.licenseFile, "licenseFile")
      : enterprise.licenseFileId;
    const qualificationFileId = input.qualificationFile
      ? await uploads.save(input.qualificationFile, "qualificationFile")
      : enterprise.qualificationFileId;
    return await db.$transaction(async (tx) => {
      const result = await transition(tx, {
        actor: input.actor,
        applicationId: input.applicationId,
        kind: "ENTERPRISE_REGISTRATION",
        action: "resubmit",
        expectedVersion: input.expectedVersion,
        payload: registrationSnapshot(
          { ...input.fields, email: enterprise.email },
          { licenseFileId, qualificationFileId },
        ),
      });
      // The enterprise row is the data under review until the registration is approved.
      await tx.enterprise.update({
        where: { id: enterpriseId, approvedAt: null },
        data: {
          ...input.fields,
          qualificationExpiry: fromDateOnly(input.fields.qualificationExpiry),
          licenseFileId,
          qualificationFileId,
        },
      });
      await tx.account.update({ where: { id: input.actor.accountId }, data: { displayName: input.fields.name } });
      return result;
    });
  } catch (error) {
    await uploads.discard();
    throw error;
  }
}
