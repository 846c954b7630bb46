import "server-only";
import { toDateOnly } from "@/lib/domain/calendar-date";
import type { EnterpriseEdit } from "@/lib/schemas/enterprise.schema";
import {
  nameChangePayload,
  qualificationChangePayload,
  type NameChangePayload,
  type QualificationChangePayload,
} from "@/lib/schemas/payloads";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { InvalidInputError, NotFoundError } from "../errors";
import { resubmitApplication, withUploads } from "../file-application";
import { pickQualification } from "./edit-enterprise";

/**
 * 【前往修改】 on a rejected 单位名称变更 or 资质变更: the corrected proposal goes back to 待审核.
 * The proposed file is kept unless a new one is chosen.
 */
export async function resubmitEnterpriseChange(input: {
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  /** the name (单位名称变更) or the qualification fields (资质变更) */
  fields: Partial<
    Pick<
      EnterpriseEdit,
      "name" | "qualificationType" | "qualificationLevel" | "qualificationCertNo" | "qualificationExpiry"
    >
  >;
  file: File | null;
}) {
  const enterpriseId = enterpriseIdOf(input.actor);
  const app = await db.application.findFirst({
    where: { id: input.applicationId, enterpriseId, kind: { in: ["NAME_CHANGE", "QUALIFICATION_CHANGE"] } },
    include: { enterprise: true },
  });
  if (!app) throw new NotFoundError();
  const current = app.enterprise;
  const field = app.kind === "NAME_CHANGE" ? "licenseFile" : "qualificationFile";
  return withUploads({ uploadedById: input.actor.accountId, enterpriseId }, async (uploads) => {
    const newFileId = input.file ? await uploads.save(input.file, field) : null;
    let payload: NameChangePayload | QualificationChangePayload;
    const f = input.fields;
    if (app.kind === "NAME_CHANGE") {
      if (!f.name) throw new InvalidInputError("请填写单位名称", { name: ["请填写单位名称"] });
      if (f.name === current.name)
        throw new InvalidInputError("新单位名称与现名称相同", { name: ["新单位名称与现名称相同"] });
      const previous = nameChangePayload.parse(app.payload);
      payload = {
        before: { name: current.name, licenseFileId: current.licenseFileId },
        after: { name: f.name, licenseFileId: newFileId ?? previous.after.licenseFileId },
      };
    } else {
      if (!f.qualificationType || !f.qualificationLevel || !f.qualificationCertNo || !f.qualificationExpiry) {
        throw new InvalidInputError("请完整填写资质信息");
      }
      const previous = qualificationChangePayload.parse(app.payload);
      payload = {
        before: {
          ...pickQualification({ ...current, qualificationExpiry: toDateOnly(current.qualificationExpiry) }),
          qualificationFileId: current.qualificationFileId,
        },
        after: {
          ...pickQualification({
            qualificationType: f.qualificationType,
            qualificationLevel: f.qualificationLevel,
            qualificationCertNo: f.qualificationCertNo,
            qualificationExpiry: f.qualificationExpiry,
          }),
          qualificationFileId: newFileId ?? previous.after.qualificationFileId,
        },
      };
    }
    const { actor, expectedVersion } = input;
    return resubmitApplication({ actor, applicationId: app.id, kind: app.kind, expectedVersion, payload });
  });
}
