import "server-only";
import { toDateOnly, todayInShanghai } from "@/lib/domain/calendar-date";
import { displayCertificateStatus } from "@/lib/domain/certificate";
import { unitInfoChangePayload, type UnitInfoChangePayload } from "@/lib/schemas/payloads";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { InvalidInputError, NotFoundError } from "../errors";
import { discardUploads, saveUpload } from "../files/save-upload";
import { createApplication, transition } from "../workflow/transition";

/**
 * 单位信息变更 after a name change: the unit's active certificates that still print another unit
 * name. Each carries its latest 单位信息变更 application, if any.
 */
export async function listCertificatesNeedingUnitInfoChange({ actor }: { actor: Actor }) {
  const enterpriseId = enterpriseIdOf(actor);
  const enterprise = await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: { name: true } });
  const certificates = await db.certificate.findMany({
    where: { enterpriseId, status: "ACTIVE", NOT: { unitName: enterprise.name } },
    orderBy: [{ person: { name: "asc" } }, { number: "asc" }],
    include: {
      person: true,
      applications: {
        where: { kind: "UNIT_INFO_CHANGE", enterpriseId },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, status: true, version: true },
      },
    },
  });
  // A lapsed certificate (失效) is not reissued: its holder must pass the assessment again.
  return { unitName: enterprise.name, certificates: certificates.filter((c) => !isLapsed(c)) };
}

function isLapsed(c: { expiresOn: Date; status: "ACTIVE" | "LAPSED" | "REVOKED" }) {
  const status = displayCertificateStatus({ expiresOn: toDateOnly(c.expiresOn), recordStatus: c.status, today: todayInShanghai() });
  return status === "失效" || status === "已注销";
}

/** The certificate as the enterprise may apply for it: its own, active, printing another name. */
async function certificateForChange(enterpriseId: string, certificateId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(certificateId)) throw new NotFoundError();
  const certificate = await db.certificate.findFirst({
    where: { id: certificateId, enterpriseId, status: "ACTIVE" },
    include: { person: true, enterprise: { select: { name: true } } },
  });
  if (!certificate?.enterprise) throw new NotFoundError();
  if (isLapsed(certificate)) throw new InvalidInputError("该证书已失效，不能办理单位信息变更");
  if (certificate.unitName === certificate.enterprise.name) {
    throw new InvalidInputError("该证书的单位名称已是本单位现名称，无需变更");
  }
  return { ...certificate, currentUnitName: certificate.enterprise.name };
}

export async function getCertificateForUnitInfoChange({ actor, certificateId }: { actor: Actor; certificateId: string }) {
  return certificateForChange(enterpriseIdOf(actor), certificateId);
}

/** 【变更申请】 for one holder: the signed and stamped 申请表 scan → 待审核. */
export async function submitUnitInfoChange(input: { actor: Actor; certificateId: string; formFile: File | null; note?: string }) {
  const enterpriseId = enterpriseIdOf(input.actor);
  const certificate = await certificateForChange(enterpriseId, input.certificateId);
  if (!input.formFile) throw new InvalidInputError("请上传签字盖章后的申请表", { formFile: ["请上传签字盖章后的申请表"] });
  const formFileId = await saveUpload({ file: input.formFile, field: "formFile", uploadedById: input.actor.accountId, enterpriseId });
  try {
    const payload: UnitInfoChangePayload = {
      oldUnitName: certificate.unitName ?? "",
      newUnitName: certificate.currentUnitName,
      formFileId,
      ...(input.note ? { note: input.note } : {}),
    };
    return await db.$transaction((tx) =>
      createApplication(tx, {
        actor: input.actor,
        kind: "UNIT_INFO_CHANGE",
        enterpriseId,
        personId: certificate.personId,
        certificateId: certificate.id,
        payload,
      }),
    );
  } catch (error) {
    await discardUploads([formFileId]);
    throw error;
  }
}

/** 【修改】 a rejected one: a new scan (or the previous one kept) → 待审核 again. */
export async function resubmitUnitInfoChange(input: {
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  formFile: File | null;
  note?: string;
}) {
  const enterpriseId = enterpriseIdOf(input.actor);
  const app = await db.application.findFirst({
    where: { id: input.applicationId, enterpriseId, kind: "UNIT_INFO_CHANGE" },
  });
  if (!app?.certificateId) throw new NotFoundError();
  const certificate = await certificateForChange(enterpriseId, app.certificateId);
  const previous = unitInfoChangePayload.parse(app.payload);
  const newFileId = input.formFile
    ? await saveUpload({ file: input.formFile, field: "formFile", uploadedById: input.actor.accountId, enterpriseId })
    : null;
  try {
    const payload: UnitInfoChangePayload = {
      oldUnitName: certificate.unitName ?? "",
      newUnitName: certificate.currentUnitName,
      formFileId: newFileId ?? previous.formFileId,
      ...(input.note ? { note: input.note } : {}),
    };
    return await db.$transaction((tx) =>
      transition(tx, {
        actor: input.actor,
        applicationId: app.id,
        kind: "UNIT_INFO_CHANGE",
        action: "resubmit",
        expectedVersion: input.expectedVersion,
        payload,
      }),
    );
  } catch (error) {
    if (newFileId) await discardUploads([newFileId]);
    throw error;
  }
}

/** 【取消申请】 while it waits for the 审核部门. */
export async function cancelUnitInfoChange(input: { actor: Actor; applicationId: string; expectedVersion: number }) {
  enterpriseIdOf(input.actor);
  return db.$transaction((tx) =>
    transition(tx, {
      actor: input.actor,
      applicationId: input.applicationId,
      kind: "UNIT_INFO_CHANGE",
      action: "cancel",
      expectedVersion: input.expectedVersion,
    }),
  );
}
