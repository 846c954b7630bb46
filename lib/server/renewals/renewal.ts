import "server-only";
import { todayInShanghai, toDateOnly } from "@/lib/domain/calendar-date";
import { daysLeftInWindow, isRenewable } from "@/lib/domain/certificate-dates";
import { renewalPayload, type RenewalPayload } from "@/lib/schemas/payloads";
import { MAX_SUPPORTING_FILES } from "@/lib/schemas/renewal.schema";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { listInclude, presentCertificate } from "../certificates/queries";
import { db } from "../db";
import { InvalidInputError, NotFoundError } from "../errors";
import { uploadsFor } from "../files/save-upload";
import { createApplication, transition } from "../workflow/transition";


/**
 * 【延续申请】 tab: the unit's active certificates renewable today (from 3 months before expiry to
 * 2 months after), with the days left in the window and any renewal already filed.
 */
export async function listRenewableCertificates({ actor }: { actor: Actor }) {
  const enterpriseId = enterpriseIdOf(actor);
  const today = todayInShanghai();
  const certificates = await db.certificate.findMany({
    where: { enterpriseId, status: "ACTIVE" },
    orderBy: [{ expiresOn: "asc" }],
    include: listInclude,
  });
  // The latest renewal of the current expiry, whatever its status (a rejected one is corrected with 【修改】).
  const latest = await db.application.findMany({
    where: { enterpriseId, kind: "RENEWAL", certificateId: { in: certificates.map((c) => c.id) } },
    orderBy: { createdAt: "desc" },
    select: { id: true, certificateId: true, status: true, payload: true },
  });
  return certificates
    .filter((c) => isRenewable(toDateOnly(c.expiresOn), today))
    .map((c) => {
      const renewal = latest.find((a) => a.certificateId === c.id && renewalPayload.parse(a.payload).expiresOn === toDateOnly(c.expiresOn));
      return {
        ...presentCertificate(c, today),
        daysLeft: daysLeftInWindow(toDateOnly(c.expiresOn), today) ?? 0,
        renewal: renewal ? { id: renewal.id, status: renewal.status } : null,
      };
    });
}

/** The unit's own active certificate, renewable today. */
async function renewableCertificate(enterpriseId: string, certificateId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(certificateId)) throw new NotFoundError();
  const certificate = await db.certificate.findFirst({
    where: { id: certificateId, enterpriseId, status: "ACTIVE" },
    include: { person: true, enterprise: { select: { name: true } } },
  });
  if (!certificate) throw new NotFoundError();
  if (!isRenewable(toDateOnly(certificate.expiresOn), todayInShanghai())) {
    throw new InvalidInputError("该证书当前不在可申请延续的期限内（有效期届满前3个月至届满后2个月）");
  }
  return certificate;
}

export async function getCertificateForRenewal({ actor, certificateId }: { actor: Actor; certificateId: string }) {
  return renewableCertificate(enterpriseIdOf(actor), certificateId);
}

function checkFiles(formFile: File | null, supporting: File[], required: boolean, alreadyAttached = 0) {
  if (required && !formFile) throw new InvalidInputError("请上传签字盖章后的申请表", { formFile: ["请上传签字盖章后的申请表"] });
  if (alreadyAttached + supporting.length > MAX_SUPPORTING_FILES) {
    const message = `证明材料最多${MAX_SUPPORTING_FILES}个`;
    throw new InvalidInputError(message, { supportingFiles: [message] });
  }
}

/** 核对信息 → 申请表 signed and stamped + supporting files (e.g. 安全生产教育培训证明) → 待审核. */
export async function submitRenewal(input: { actor: Actor; certificateId: string; formFile: File | null; supportingFiles: File[]; note?: string }) {
  const enterpriseId = enterpriseIdOf(input.actor);
  const certificate = await renewableCertificate(enterpriseId, input.certificateId);
  checkFiles(input.formFile, input.supportingFiles, true);
  // A returned renewal of this expiry is corrected with 【修改】, not filed a second time.
  const returned = await db.application.findMany({ where: { certificateId: certificate.id, kind: "RENEWAL", status: "REJECTED" }, select: { payload: true } });
  if (returned.some((a) => renewalPayload.parse(a.payload).expiresOn === toDateOnly(certificate.expiresOn))) {
    throw new InvalidInputError("该证书已有被退回的延续申请，请在【审核不通过】中修改后重新提交");
  }
  const uploads = uploadsFor({ uploadedById: input.actor.accountId, enterpriseId });
  try {
    const formFileId = await uploads.save(input.formFile!, "formFile");
    const supportingFileIds: string[] = [];
    for (const file of input.supportingFiles) supportingFileIds.push(await uploads.save(file, "supportingFiles"));
    const payload: RenewalPayload = {
      formFileId,
      supportingFileIds,
      expiresOn: toDateOnly(certificate.expiresOn),
      ...(input.note ? { note: input.note } : {}),
    };
    return await db.$transaction((tx) =>
      createApplication(tx, { actor: input.actor, kind: "RENEWAL", enterpriseId, personId: certificate.personId, certificateId: certificate.id, payload }),
    );
  } catch (error) {
    await uploads.discard();
    throw error;
  }
}

/** 【修改】 a rejected renewal while the window is still open; files kept unless replaced. */
export async function resubmitRenewal(input: {
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  formFile: File | null;
  supportingFiles: File[];
  note?: string;
}) {
  const enterpriseId = enterpriseIdOf(input.actor);
  const app = await db.application.findFirst({ where: { id: input.applicationId, enterpriseId, kind: "RENEWAL" } });
  if (!app?.certificateId) throw new NotFoundError();
  const certificate = await renewableCertificate(enterpriseId, app.certificateId);
  const previous = renewalPayload.parse(app.payload);
  if (previous.expiresOn !== toDateOnly(certificate.expiresOn)) throw new InvalidInputError("该证书已延续，无需重新提交");
  checkFiles(input.formFile, input.supportingFiles, false, previous.supportingFileIds.length);
  const uploads = uploadsFor({ uploadedById: input.actor.accountId, enterpriseId });
  try {
    const formFileId = input.formFile ? await uploads.save(input.formFile, "formFile") : previous.formFileId;
    const supportingFileIds = [...previous.supportingFileIds];
    for (const file of input.supportingFiles) supportingFileIds.push(await uploads.save(file, "supportingFiles"));
    const payload: RenewalPayload = { ...previous, formFileId, supportingFileIds, note: input.note?.trim() || undefined };
    return await db.$transaction((tx) =>
      transition(tx, { actor: input.actor, applicationId: app.id, kind: "RENEWAL", action: "resubmit", expectedVersion: input.expectedVersion, payload }),
    );
  } catch (error) {
    await uploads.discard();
    throw error;
  }
}

/** 【取消申请】 while it waits for the 审核部门. */
export async function cancelRenewal(input: { actor: Actor; applicationId: string; expectedVersion: number }) {
  enterpriseIdOf(input.actor);
  return db.$transaction((tx) =>
    transition(tx, { actor: input.actor, applicationId: input.applicationId, kind: "RENEWAL", action: "cancel", expectedVersion: input.expectedVersion }),
  );
}
