import "server-only";
import { fromDateOnly, todayInShanghai, toDateOnly } from "@/lib/domain/calendar-date";
import { displayCertificateStatus } from "@/lib/domain/certificate";
import { renewedExpiry } from "@/lib/domain/certificate-dates";
import type { ApplicationStatus, WorkflowAction } from "@/lib/domain/workflow";
import type { ApplicationKind } from "@/lib/domain/application-kinds";
import type { Certificate } from "@/lib/generated/prisma/client";
import {
  cancellationPayload,
  cancellationReasonText,
  nameChangePayload,
  qualificationChangePayload,
  renewalPayload,
} from "@/lib/schemas/payloads";
import { endCertificate } from "../certificates/end-certificate";
import type { Actor } from "../auth/actor";
import type { Tx } from "../db";
import { ConflictError } from "../errors";

interface EffectContext {
  application: {
    id: string;
    kind: ApplicationKind;
    status: ApplicationStatus;
    enterpriseId: string;
    certificateId: string | null;
    payload: unknown;
  };
  action: WorkflowAction;
  actor: Actor;
}

type Effect = (tx: Tx, ctx: EffectContext) => Promise<void>;
type LockedColumn = "id" | "enterpriseId" | "unitName" | "issuedOn" | "expiresOn" | "status";

/** The certificate a transfer or renewal changes, locked in this transaction; gone or lapsed → conflict. */
async function certificateOf(
  tx: Tx,
  application: EffectContext["application"],
  opts: { allowLapsedByDate?: boolean } = {},
) {
  const gone = new ConflictError("该证书已不存在或已失效，无法核发");
  if (!application.certificateId) throw gone;
  // One statement reads and locks the row (a batch approves a hundred of these).
  const [certificate] = await tx.$queryRaw<Pick<Certificate, LockedColumn>[]>`
    SELECT id, "enterpriseId", "unitName", "issuedOn", "expiresOn", status
      FROM "Certificate" WHERE id = ${application.certificateId}::uuid FOR UPDATE`;
  if (!certificate) throw gone;
  // Valid when filed is not enough: it may have lapsed by date before this decision.
  const status = displayCertificateStatus({
    expiresOn: toDateOnly(certificate.expiresOn),
    recordStatus: certificate.status,
    today: todayInShanghai(),
  });
  // A renewal filed inside the window may be approved after it closed: the date alone does not bar it.
  if (status === "已注销" || (status === "失效" && !(opts.allowLapsedByDate && certificate.status === "ACTIVE")))
    throw gone;
  return certificate;
}

/**
 * What an approved (or otherwise moved) application does to the rest of the data, run in the same
 * transaction as the status change. Keyed by kind, then by the status reached. Every kind has an
 * entry (`{}` if it changes nothing else), so a new kind cannot forget to decide what it does.
 */
const EFFECTS = {
  ENTERPRISE_REGISTRATION: {
    APPROVED: async (tx, { application }) => {
      await tx.enterprise.update({ where: { id: application.enterpriseId }, data: { approvedAt: new Date() } });
    },
  },
  NAME_CHANGE: {
    // The old name stays in force until here; certificates keep printing it until 单位信息变更.
    APPROVED: async (tx, { application }) => {
      const { after } = nameChangePayload.parse(application.payload);
      const enterprise = await tx.enterprise.update({
        where: { id: application.enterpriseId },
        data: { name: after.name, licenseFileId: after.licenseFileId },
      });
      await tx.account.update({ where: { id: enterprise.accountId }, data: { displayName: after.name } });
    },
  },
  QUALIFICATION_CHANGE: {
    APPROVED: async (tx, { application }) => {
      const { after } = qualificationChangePayload.parse(application.payload);
      await tx.enterprise.update({
        where: { id: application.enterpriseId },
        data: { ...after, qualificationExpiry: fromDateOnly(after.qualificationExpiry) },
      });
    },
  },
  UNIT_INFO_CHANGE: {
    // 核发证书: reissued with the unit's current name and today's 发证日期; number and expiry unchanged.
    APPROVED: async (tx, { application, actor }) => {
      const gone = new ConflictError("该证书已不在本单位名下或已失效，无法核发");
      if (!application.certificateId) throw gone;
      const certificate = await tx.certificate.findFirst({
        where: { id: application.certificateId, enterpriseId: application.enterpriseId, status: "ACTIVE" },
        include: { enterprise: { select: { name: true } } },
      });
      if (!certificate?.enterprise) throw gone;
      const issuedOn = todayInShanghai();
      await tx.certificate.update({
        where: { id: certificate.id },
        data: { unitName: certificate.enterprise.name, issuedOn: fromDateOnly(issuedOn), version: { increment: 1 } },
      });
      await tx.certificateEvent.create({
        data: {
          certificateId: certificate.id,
          kind: "REISSUED",
          applicationId: application.id,
          changes: {
            unitName: [certificate.unitName, certificate.enterprise.name],
            issuedOn: [toDateOnly(certificate.issuedOn), issuedOn],
          },
          actorId: actor.accountId,
          actorRole: actor.role,
        },
      });
    },
  },
  // 调出 approved by the 考核部门: the certificate leaves the unit; nothing else about it changes.
  TRANSFER_OUT: {
    APPROVED: async (tx, { application, actor }) => {
      const certificate = await certificateOf(tx, application);
      if (certificate.enterpriseId !== application.enterpriseId) throw new ConflictError("该证书已不在该单位名下");
      await tx.certificate.update({
        where: { id: certificate.id },
        data: { enterpriseId: null, unitName: null, version: { increment: 1 } },
      });
      await tx.certificateEvent.create({
        data: {
          certificateId: certificate.id,
          kind: "MOVED_OUT",
          applicationId: application.id,
          changes: { unitName: [certificate.unitName, null] },
          actorId: actor.accountId,
          actorRole: actor.role,
        },
      });
    },
  },
  // 调入 approved by the 考核部门: the certificate is issued under the new unit, dated today.
  TRANSFER_IN: {
    APPROVED: async (tx, { application, actor }) => {
      const certificate = await certificateOf(tx, application);
      if (certificate.enterpriseId) throw new ConflictError("该证书已在其他单位名下，无法调入");
      const unit = await tx.enterprise.findUniqueOrThrow({
        where: { id: application.enterpriseId },
        select: { name: true },
      });
      const issuedOn = todayInShanghai();
      await tx.certificate.update({
        where: { id: certificate.id },
        data: {
          enterpriseId: application.enterpriseId,
          unitName: unit.name,
          issuedOn: fromDateOnly(issuedOn),
          version: { increment: 1 },
        },
      });
      await tx.certificateEvent.create({
        data: {
          certificateId: certificate.id,
          kind: "MOVED_IN",
          applicationId: application.id,
          changes: {
            unitName: [certificate.unitName, unit.name],
            issuedOn: [toDateOnly(certificate.issuedOn), issuedOn],
          },
          actorId: actor.accountId,
          actorRole: actor.role,
        },
      });
    },
  },
  RENEWAL: {
    // Validity extended by 3 years from the old expiry date (not from the approval date).
    APPROVED: async (tx, { application, actor }) => {
      const certificate = await certificateOf(tx, application, { allowLapsedByDate: true });
      // The unit files the renewal: a holder who has left it since is not renewed on its say-so.
      if (certificate.enterpriseId !== application.enterpriseId) throw new ConflictError("该证书已不在该单位名下");
      const { expiresOn } = renewalPayload.parse(application.payload);
      if (toDateOnly(certificate.expiresOn) !== expiresOn)
        throw new ConflictError("该证书的有效期已变更，请刷新后查看");
      const renewed = renewedExpiry(expiresOn);
      await tx.certificate.update({
        where: { id: certificate.id },
        data: { expiresOn: fromDateOnly(renewed), version: { increment: 1 } },
      });
      await tx.certificateEvent.create({
        data: {
          certificateId: certificate.id,
          kind: "RENEWED",
          applicationId: application.id,
          changes: { expiresOn: [expiresOn, renewed] },
          actorId: actor.accountId,
          actorRole: actor.role,
        },
      });
    },
  },
  // 确认注销: the certificate ends (已注销) with a CANCELLED event; endCertificate refuses one already ended.
  CERTIFICATE_CANCELLATION: {
    APPROVED: async (tx, { application, actor }) => {
      if (!application.certificateId) throw new ConflictError("该证书已不存在");
      await endCertificate(tx, {
        actor,
        certificateId: application.certificateId,
        kind: "CANCELLED",
        applicationId: application.id,
        reason: cancellationReasonText(cancellationPayload.parse(application.payload)),
      });
    },
  },
} satisfies Record<ApplicationKind, Partial<Record<ApplicationStatus, Effect>>>;

export async function applyEffect(tx: Tx, ctx: EffectContext): Promise<void> {
  const effects: Partial<Record<ApplicationStatus, Effect>> = EFFECTS[ctx.application.kind];
  await effects[ctx.application.status]?.(tx, ctx);
}
