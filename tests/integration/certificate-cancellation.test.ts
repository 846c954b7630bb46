// 注销申请: filed by the holder or by the unit for its holder, reviewed by the 审核部门, confirmed by the
// 考核部门 (确认注销); approval ends the certificate through endCertificate.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/auth/actor";
import { cancelCertificateCancellation } from "@/lib/server/certificate-cancellations/cancel-certificate-cancellation";
import {
  getCancellableCertificate,
  listCancellableCertificates,
} from "@/lib/server/certificate-cancellations/list-cancellable-certificates";
import {
  NO_UNIT,
  submitCertificateCancellation,
} from "@/lib/server/certificate-cancellations/submit-certificate-cancellation";
import { verifyCertificateById } from "@/lib/server/certificates/verify-certificate";
import { db } from "@/lib/server/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/errors";
import { readFileForActor } from "@/lib/server/files/read-file";
import { listOwnCertificates } from "@/lib/server/persons/queries";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import { certificateCancellationSchema, OTHER_REASON_REQUIRED } from "@/lib/schemas/certificate-cancellation.schema";
import {
  createEnterprise,
  createHolderAccount,
  createPersonWithCertificate,
  createStaff,
  pdfFile,
} from "./support/factories";

const KIND = "CERTIFICATE_CANCELLATION";

async function setup() {
  const unit = await createEnterprise({ approved: true });
  const holder = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "陈志远" });
  const account = await createHolderAccount({ ...holder.person, idNumber: holder.idNumber });
  const reviewer = await createStaff("REVIEWER");
  const assessor = await createStaff("ASSESSOR");
  const certificateId = holder.certificate.id;
  const file = (actor: Actor, over: Partial<Parameters<typeof submitCertificateCancellation>[0]> = {}) =>
    submitCertificateCancellation({ actor, certificateId, reason: "本人申请", attachment: null, ...over });
  return { unit, holder, account, reviewer, assessor, certificateId, file };
}

const decide = (
  actor: Actor,
  applicationId: string,
  expectedVersion: number,
  action: "approve" | "issue" | "reject",
  opinion?: string,
) => decideApplication({ actor, kind: KIND, applicationId, expectedVersion, action, opinion });

describe("注销申请", () => {
  it("holder files → reviewer approves → assessor 确认注销: 已注销, a CANCELLED event, both parties told", async () => {
    const s = await setup();
    const app = await s.file(s.account.actor, {
      reason: "其他",
      reasonText: "出国定居",
      attachment: pdfFile("说明.pdf"),
    });
    const stored = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(stored).toMatchObject({ kind: KIND, status: "PENDING_REVIEW", enterpriseId: s.unit.enterprise.id });
    expect(stored.payload).toMatchObject({ reason: "其他", reasonText: "出国定居", filedBy: "PERSON" });
    // The unit and the staff can read the attachment.
    const fileId = (stored.payload as { attachmentFileId: string }).attachmentFileId;
    await expect(readFileForActor({ actor: s.unit.actor, fileId })).resolves.toBeTruthy();
    await expect(readFileForActor({ actor: s.reviewer.actor, fileId })).resolves.toBeTruthy();

    // The unit hears of it at once; it does not decide it.
    const filed = await db.notification.findFirstOrThrow({ where: { accountId: s.unit.account.id } });
    expect(filed.title).toBe("持证人提交了证书注销申请");
    expect(filed.body).toContain("等待审核部门审核");

    await decide(s.reviewer.actor, app.id, 0, "approve");
    await decide(s.assessor.actor, app.id, 1, "issue");

    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: "APPROVED" });
    expect(await db.certificate.findUniqueOrThrow({ where: { id: s.certificateId } })).toMatchObject({
      status: "REVOKED",
    });
    const events = await db.certificateEvent.findMany({
      where: { certificateId: s.certificateId },
      orderBy: { at: "asc" },
    });
    expect(events.at(-1)).toMatchObject({
      kind: "CANCELLED",
      applicationId: app.id,
      reason: "其他：出国定居",
      actorRole: "ASSESSOR",
    });
    for (const [accountId, email] of [
      [s.unit.account.id, s.unit.fields.email],
      [s.account.account.id, s.account.email],
    ] as const) {
      const titles = (await db.notification.findMany({ where: { accountId } })).map((n) => n.title);
      expect(titles).toContain("证书已注销");
      const subjects = (await db.outboxMessage.findMany({ where: { to: email.toLowerCase() } })).map((m) => m.subject);
      expect(subjects).toContain("【安管人员考核系统】证书已注销");
    }
    expect((await verifyCertificateById(s.certificateId))?.status).toBe("已注销");
    const [mine] = await listOwnCertificates({ actor: s.account.actor });
    expect(mine).toMatchObject({ status: "已注销", canCancel: false, openCancellation: null });
    expect((await listCancellableCertificates({ actor: s.unit.actor })).rows).toHaveLength(0);
  });

  it("the unit files for its holder; only the filer may cancel while it awaits review", async () => {
    const s = await setup();
    const app = await s.file(s.unit.actor, { reason: "离职且不再从事安全生产管理工作" });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).payload).toMatchObject({
      filedBy: "ENTERPRISE",
    });
    // The holder sees it but did not file it.
    const byHolder = cancelCertificateCancellation({
      actor: s.account.actor,
      applicationId: app.id,
      expectedVersion: 0,
    });
    await expect(byHolder).rejects.toBeInstanceOf(ForbiddenError);
    await cancelCertificateCancellation({ actor: s.unit.actor, applicationId: app.id, expectedVersion: 0 });
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: "CANCELLED" });
    expect(await db.certificate.findUniqueOrThrow({ where: { id: s.certificateId } })).toMatchObject({
      status: "ACTIVE",
    });

    // The holder cancels their own; the unit may not.
    const own = await s.file(s.account.actor);
    const byUnit = cancelCertificateCancellation({ actor: s.unit.actor, applicationId: own.id, expectedVersion: 0 });
    await expect(byUnit).rejects.toBeInstanceOf(ForbiddenError);
    await cancelCertificateCancellation({ actor: s.account.actor, applicationId: own.id, expectedVersion: 0 });
    expect(await db.application.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ status: "CANCELLED" });
    // Not after the review: PENDING_ASSESSMENT has no cancel.
    const third = await s.file(s.account.actor);
    await decide(s.reviewer.actor, third.id, 0, "approve");
    const late = cancelCertificateCancellation({ actor: s.account.actor, applicationId: third.id, expectedVersion: 1 });
    await expect(late).rejects.toBeInstanceOf(ConflictError);
  });

  it("another unit or another holder can neither file nor see nor cancel it", async () => {
    const s = await setup();
    const other = await createEnterprise({ approved: true });
    const stranger = await createPersonWithCertificate({ enterprise: other.enterprise });
    const strangerAccount = await createHolderAccount({ ...stranger.person, idNumber: stranger.idNumber });
    await expect(s.file(other.actor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(s.file(strangerAccount.actor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(s.file(s.reviewer.actor)).rejects.toBeInstanceOf(NotFoundError);
    const app = await s.file(s.account.actor);
    for (const actor of [other.actor, strangerAccount.actor]) {
      const refused = cancelCertificateCancellation({ actor, applicationId: app.id, expectedVersion: 0 });
      await expect(refused).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await listCancellableCertificates({ actor: other.actor })).rows.map((c) => c.id)).not.toContain(
      s.certificateId,
    );
    expect(await db.application.count({ where: { kind: KIND } })).toBe(1);
  });

  it("lists the unit's cancellable certificates a page at a time, by holder name, with the open 注销", async () => {
    const s = await setup();
    for (let i = 10; i < 32; i++) await createPersonWithCertificate({ enterprise: s.unit.enterprise, name: `郑${i}` });
    const revoked = await createPersonWithCertificate({ enterprise: s.unit.enterprise, status: "REVOKED" });
    const open = await s.file(s.unit.actor);

    const first = await listCancellableCertificates({ actor: s.unit.actor });
    const second = await listCancellableCertificates({ actor: s.unit.actor, page: 2 });
    expect([first.total, first.pageCount, first.rows.length, second.rows.length]).toEqual([23, 2, 20, 3]);
    const all = [...first.rows, ...second.rows];
    expect(all.map((c) => c.id)).not.toContain(revoked.certificate.id);
    expect(all.map((c) => c.holderName)).toEqual(all.map((c) => c.holderName).sort((a, b) => (a < b ? -1 : 1)));
    const withOpen = all.filter((c) => c.openCancellation);
    expect(withOpen.map((c) => [c.id, c.openCancellation?.id])).toEqual([[s.certificateId, open.id]]);

    expect(await getCancellableCertificate({ actor: s.unit.actor, certificateId: s.certificateId })).toMatchObject({
      id: s.certificateId,
      openCancellation: { id: open.id },
    });
    const other = await createEnterprise({ approved: true });
    for (const [actor, certificateId] of [
      [other.actor, s.certificateId],
      [s.unit.actor, revoked.certificate.id],
      [s.unit.actor, "not-a-uuid"],
    ] as const) {
      await expect(getCancellableCertificate({ actor, certificateId })).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("a rejection needs a reason; afterwards the filer may file again", async () => {
    const s = await setup();
    const app = await s.file(s.account.actor);
    await expect(decide(s.reviewer.actor, app.id, 0, "reject")).rejects.toBeInstanceOf(InvalidInputError);
    await decide(s.reviewer.actor, app.id, 0, "reject", "未附离职证明");
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: "REJECTED" });
    await expect(s.file(s.account.actor)).resolves.toBeTruthy();
  });

  it("one open 注销 per certificate, whoever files it", async () => {
    const s = await setup();
    await s.file(s.account.actor);
    await expect(s.file(s.unit.actor)).rejects.toBeInstanceOf(ConflictError);
    const [both] = await Promise.allSettled([s.file(s.account.actor), s.file(s.unit.actor)]);
    expect(both.status).toBe("rejected");
    expect(await db.application.count({ where: { kind: KIND } })).toBe(1);
  });

  it("two assessors at once: one 确认注销 lands, the other gets a conflict", async () => {
    const s = await setup();
    const second = await createStaff("ASSESSOR");
    const app = await s.file(s.account.actor);
    await decide(s.reviewer.actor, app.id, 0, "approve");
    const outcomes = await Promise.allSettled([
      decide(s.assessor.actor, app.id, 1, "issue"),
      decide(second.actor, app.id, 1, "issue"),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const [rejected] = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    const events = await db.certificateEvent.count({ where: { certificateId: s.certificateId, kind: "CANCELLED" } });
    expect(events).toBe(1);
  });

  it("其他 without text is refused beside the field, in the form and in the use case", async () => {
    const s = await setup();
    const parsed = certificateCancellationSchema.safeParse({
      certificateId: s.certificateId,
      reason: "其他",
      reasonText: " ",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["reasonText"], message: OTHER_REASON_REQUIRED });
    const refused = s.file(s.account.actor, { reason: "其他", reasonText: "" });
    await expect(refused).rejects.toMatchObject({ fieldErrors: { reasonText: [OTHER_REASON_REQUIRED] } });
    expect(await db.application.count({ where: { kind: KIND } })).toBe(0);
  });

  it("a certificate attached to no unit is refused with a message; an ended one is refused as ended", async () => {
    const s = await setup();
    await db.certificate.update({ where: { id: s.certificateId }, data: { enterpriseId: null, unitName: null } });
    await expect(s.file(s.account.actor)).rejects.toThrow(NO_UNIT);
    await db.certificate.update({ where: { id: s.certificateId }, data: { status: "REVOKED" } });
    await expect(s.file(s.account.actor)).rejects.toBeInstanceOf(ConflictError);
  });
});
