import "server-only";
import { fromDateOnly } from "@/lib/domain/calendar-date";
import type { EnterpriseFields } from "@/lib/schemas/enterprise.schema";
import type { Actor } from "../auth/actor";
import type { Tx } from "../db";
import { createApplication } from "../workflow/transition";
import { registrationSnapshot } from "./enterprise-unique";

/**
 * In the caller's transaction: a new enterprise account, the enterprise with its two stored files, and
 * its 企业注册 application (待审核). Registration and the demo seed both create enterprises this way.
 */
export async function createEnterpriseAccount(
  tx: Tx,
  input: { fields: EnterpriseFields; passwordHash: string; licenseFileId: string; qualificationFileId: string },
) {
  const { fields, passwordHash, licenseFileId, qualificationFileId } = input;
  const account = await tx.account.create({
    data: { role: "ENTERPRISE", displayName: fields.name, passwordHash },
  });
  const enterprise = await tx.enterprise.create({
    data: {
      ...fields,
      qualificationExpiry: fromDateOnly(fields.qualificationExpiry),
      accountId: account.id,
      licenseFileId,
      qualificationFileId,
    },
  });
  await tx.storedFile.updateMany({
    where: { id: { in: [licenseFileId, qualificationFileId] } },
    data: { enterpriseId: enterprise.id, uploadedById: account.id },
  });
  const actor: Actor = {
    accountId: account.id,
    role: "ENTERPRISE",
    displayName: fields.name,
    enterpriseId: enterprise.id,
    enterpriseApproved: false,
    personId: null,
    mustChangePassword: false,
    sessionId: null,
  };
  const application = await createApplication(tx, {
    actor,
    kind: "ENTERPRISE_REGISTRATION",
    enterpriseId: enterprise.id,
    payload: registrationSnapshot(fields, { licenseFileId, qualificationFileId }),
  });
  return { account, enterprise, application };
}
