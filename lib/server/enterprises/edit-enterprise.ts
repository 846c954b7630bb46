import "server-only";
import { toDateOnly } from "@/lib/domain/calendar-date";
import { OPEN_STATUSES } from "@/lib/domain/workflow";
import {
  DIRECT_FIELDS,
  ENTERPRISE_FIELD_LABEL,
  QUALIFICATION_FIELDS,
  type EnterpriseEdit,
} from "@/lib/schemas/enterprise.schema";
import type { NameChangePayload, QualificationChangePayload } from "@/lib/schemas/payloads";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { audit } from "../audit";
import { db } from "../db";
import { InvalidInputError, NotFoundError } from "../errors";
import { uploadsFor } from "../files/save-upload";
import { createApplication } from "../workflow/transition";

export interface EditOutcome {
  /** labels of the fields saved at once */
  saved: string[];
  /** applications submitted for review */
  submitted: ("NAME_CHANGE" | "QUALIFICATION_CHANGE")[];
}

/**
 * 企业信息 【编辑】 → 【提交】 (guide §2). Other information is saved at once and audited; a new
 * 单位名称 (with a new 营业执照) and new 资质 (with a new 资质证书) become applications for review,
 * and the current values stay in force until they are approved.
 */
export async function editEnterprise(input: {
  actor: Actor;
  fields: EnterpriseEdit;
  licenseFile: File | null;
  qualificationFile: File | null;
}): Promise<EditOutcome> {
  const enterpriseId = enterpriseIdOf(input.actor);
  const current = await db.enterprise.findUnique({ where: { id: enterpriseId, approvedAt: { not: null } } });
  if (!current) throw new NotFoundError();
  const open = await db.application.findMany({
    where: { enterpriseId, kind: { in: ["NAME_CHANGE", "QUALIFICATION_CHANGE"] }, status: { in: [...OPEN_STATUSES] } },
    select: { kind: true },
  });
  const { fields } = input;
  const currentQualification = { ...current, qualificationExpiry: toDateOnly(current.qualificationExpiry) };

  const directChanges = DIRECT_FIELDS.filter((f) => fields[f] !== current[f]);
  const nameChanged = fields.name !== current.name;
  const qualificationChanged =
    QUALIFICATION_FIELDS.some((f) => fields[f] !== currentQualification[f]) || input.qualificationFile !== null;

  const errors: Record<string, string[]> = {};
  if (nameChanged && open.some((a) => a.kind === "NAME_CHANGE"))
    errors.name = ["单位名称变更正在审核中，审核完成前不能再次提交"];
  else if (nameChanged && !input.licenseFile) errors.licenseFile = ["变更单位名称需重新上传营业执照"];
  if (!nameChanged && input.licenseFile) errors.licenseFile = ["未变更单位名称时无需重新上传营业执照"];
  if (qualificationChanged && open.some((a) => a.kind === "QUALIFICATION_CHANGE")) {
    errors.qualificationType = ["资质变更正在审核中，审核完成前不能再次提交"];
  } else if (qualificationChanged && !input.qualificationFile) {
    errors.qualificationFile = ["资质变更需上传新的资质证书"];
  }
  if (Object.keys(errors).length) throw new InvalidInputError("请按提示修改后再提交", errors);
  if (!directChanges.length && !nameChanged && !qualificationChanged) throw new InvalidInputError("未作任何修改");

  const uploads = uploadsFor({ uploadedById: input.actor.accountId, enterpriseId });
  try {
    const licenseFileId = nameChanged ? await uploads.save(input.licenseFile!, "licenseFile") : null;
    const qualificationFileId = qualificationChanged
      ? await uploads.save(input.qualificationFile!, "qualificationFile")
      : null;
    return await db.$transaction(async (tx) => {
      const outcome: EditOutcome = { saved: [], submitted: [] };
      if (directChanges.length) {
        const data = Object.fromEntries(directChanges.map((f) => [f, fields[f]]));
        // Guarded by updatedAt: an edit made meanwhile in another tab is not silently overwritten.
        const { count } = await tx.enterprise.updateMany({
          where: { id: enterpriseId, updatedAt: current.updatedAt },
          data,
        });
        if (count === 0) throw new InvalidInputError("企业信息已在别处被修改，请刷新页面后重试");
        await audit(tx, {
          actor: input.actor,
          action: "enterprise.edit",
          targetType: "Enterprise",
          targetId: enterpriseId,
          detail: Object.fromEntries(directChanges.map((f) => [f, [current[f], fields[f]]])),
        });
        outcome.saved = directChanges.map((f) => ENTERPRISE_FIELD_LABEL[f]);
      }
      if (nameChanged) {
        const payload: NameChangePayload = {
          before: { name: current.name, licenseFileId: current.licenseFileId },
          after: { name: fields.name, licenseFileId: licenseFileId! },
        };
        await createApplication(tx, { actor: input.actor, kind: "NAME_CHANGE", enterpriseId, payload });
        outcome.submitted.push("NAME_CHANGE");
      }
      if (qualificationChanged) {
        const payload: QualificationChangePayload = {
          before: { ...pickQualification(currentQualification), qualificationFileId: current.qualificationFileId },
          after: { ...pickQualification(fields), qualificationFileId: qualificationFileId! },
        };
        await createApplication(tx, { actor: input.actor, kind: "QUALIFICATION_CHANGE", enterpriseId, payload });
        outcome.submitted.push("QUALIFICATION_CHANGE");
      }
      return outcome;
    });
  } catch (error) {
    await uploads.discard();
    throw error;
  }
}

export function pickQualification(v: Record<(typeof QUALIFICATION_FIELDS)[number], string>) {
  return Object.fromEntries(QUALIFICATION_FIELDS.map((f) => [f, v[f]])) as Record<
    (typeof QUALIFICATION_FIELDS)[number],
    string
  >;
}
