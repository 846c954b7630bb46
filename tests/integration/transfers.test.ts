// 人员调出 / 人员调入 (issue 4): the holder applies from 个人端, the unit (the one left for 调出, the
// one joined for 调入) agrees first, then the 审核部门 approves and the 考核部门 核发证书. 调出 leaves the
// certificate with no unit; 调入 (only for a certificate with no unit) issues it under the new unit,
// dated today. One open transfer per certificate; none for a 失效 or 已注销 certificate; a rejected one
// may be filed again. The holder and the unit hear of every decision, the actor never.
import { describe, expect, it } from "vitest";
import { addMonths, toDateOnly, todayInShanghai } from "@/lib/domain/calendar-date";
import { STATUS_LABEL, type ApplicationStatus } from "@/lib/domain/workflow";
import { KINDS } from "@/lib/domain/application-kinds";
import { transferPayload } from "@/lib/schemas/payloads";
import type { Actor } from "@/lib/server/auth/actor";
import { enterpriseCertificateRows, getCertificateForStaff } from "@/lib/server/certificates/queries";
import { db } from "@/lib/server/db";
import { getOwnApplication, listOwnApplications } from "@/lib/server/enterprises/own-applications";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/errors";
import { listOwnCertificates, listPersonApplications } from "@/lib/server/persons/queries";
import { decideApplication, decideApplications } from "@/lib/server/workflow/decide-application";
import type { TransferKind } from "@/lib/schemas/transfer.schema";
import { submitTransferIn } from "@/lib/server/transfers/submit-transfer-in";
import { submitTransferOut } from "@/lib/server/transfers/submit-transfer-out";
import { createApplication } from "@/lib/server/workflow/transition";
import { createEnterprise, createHolderAccount, createPersonWithCertificate, createStaff } from "./support/factories";

type Unit = Awaited<ReturnType<typeof createEnterprise>>;
type Holder = Awaited<ReturnType<typeof holderOf>>;

/** A holder with an account and one certificate attached to `unit`. */
async function holderOf(
  unit: Unit,
  name?: string,
  opts: Partial<Parameters<typeof createPersonWithCertificate>[0]> = {},
) {
  const h = await createPersonWithCertificate({ enterprise: unit.enterprise, name, ...opts });
  const account = await createHolderAccount(h.person);
  return { ...h, ...account };
}

/** A holder whose certificate is attached to no unit (as after a completed 调出). */
async function looseHolder(unit: Unit, name?: string) {
  const h = await holderOf(unit, name);
  await db.certificate.update({ where: { id: h.certificate.id }, data: { enterpriseId: null, unitName: null } });
  return h;
}

async function setup() {
  const unitA = await createEnterprise({ approved: true });
  const unitB = await createEnterprise({ approved: true });
  const { actor: reviewer } = await createStaff("REVIEWER");
  const { actor: assessor } = await createStaff("ASSESSOR");
  const wang = await holderOf(unitA, "王建华");
  return { unitA, unitB, reviewer, assessor, wang };
}

const out = (h: Holder, reason = "工作调动") =>
  submitTransferOut({ actor: h.actor, certificateId: h.certificate.id, reason });
const into = (h: Holder, unit: string, reason = "新单位入职") =>
  submitTransferIn({ actor: h.actor, certificateId: h.certificate.id, unit, reason });

const unitDecide = (
  unit: Unit,
  kind: TransferKind,
  applicationId: string,
  expectedVersion: number,
  decision: "unitApprove" | "unitReject",
  opinion?: string,
) => decideApplication({ actor: unit.actor, kind, applicationId, expectedVersion, action: decision, opinion });

const staffDecide = (
  actor: Actor,
  kind: TransferKind,
  applicationId: string,
  expectedVersion: number,
  decision: "approve" | "reject" | "issue",
  opinion?: string,
) => decideApplication({ actor, kind, applicationId, expectedVersion, action: decision, opinion });

const appById = (id: string) => db.application.findUniqueOrThrow({ where: { id } });
const certById = (id: string) => db.certificate.findUniqueOrThrow({ where: { id } });
const actionsOf = async (id: string) =>
  (await db.applicationEvent.findMany({ where: { applicationId: id }, orderBy: { at: "asc" } })).map((e) => e.action);

/** Runs `act` and returns the notifications and mails it created. */
async function noticesOf(act: () => Promise<unknown>) {
  const before = (await db.notification.findMany({ select: { id: true } })).map((n) => n.id);
  const lastMail = (await db.outboxMessage.findFirst({ orderBy: { id: "desc" } }))?.id ?? BigInt(0);
  await act();
  const notifications = await db.notification.findMany({ where: { id: { notIn: before } } });
  const mails = await db.outboxMessage.findMany({ where: { id: { gt: lastMail } } });
  return { notifications, mails };
}

/**
 * `act` notifies exactly `to` (by Notification on the account and mail to the email), each about the
 * application and its new status, and nobody else — in particular not the actor.
 */
async function expectNotified(
  act: () => Promise<unknown>,
  to: { accountId: string; email: string }[],
  about: { applicationId: string; actor: Actor; status?: ApplicationStatus; opinion?: string },
) {
  const { notifications, mails } = await noticesOf(act);
  expect(notifications.map((n) => n.accountId).sort()).toEqual(to.map((t) => t.accountId).sort());
  expect(mails.map((m) => m.to).sort()).toEqual(to.map((t) => t.email).sort());
  expect(notifications.map((n) => n.accountId)).not.toContain(about.actor.accountId);
  const holderAccounts = new Set(
    await db.person
      .findMany({ where: { accountId: { not: null } }, select: { accountId: true } })
      .then((r) => r.map((p) => p.accountId)),
  );
  for (const n of notifications) {
    expect(n.applicationId).toBe(about.applicationId);
    // Worded for whom it is addressed to: the holder reads "您的…申请", the unit "您单位的…申请".
    if (holderAccounts.has(n.accountId)) {
      expect(n.body).toContain("您的「");
      expect(n.body).not.toContain("您单位的");
    } else {
      expect(n.body).toContain("您单位的「");
    }
    if (about.status) {
      expect(n.title).toContain(STATUS_LABEL[about.status]);
      expect(n.body).toContain(STATUS_LABEL[about.status]);
    }
    if (about.opinion) expect(n.body).toContain(about.opinion);
  }
  for (const m of mails) {
    expect(m.sentAt).toBeNull();
    if (about.opinion) expect(m.text).toContain(about.opinion);
  }
  return { notifications, mails };
}

const unitParty = (u: Unit) => ({ accountId: u.account.id, email: u.fields.email });
const holderParty = (h: Holder) => ({ accountId: h.account.id, email: h.email });

describe("调出 (TRANSFER_OUT)", () => {
  it("submit → unit agrees → 审核部门 approves → 考核部门 核发: the certificate leaves the unit (MOVED_OUT)", async () => {
    const s = await setup();
    const before = await certById(s.wang.certificate.id);

    const app = await out(s.wang, "个人原因调离");
    expect(await appById(app.id)).toMatchObject({
      kind: "TRANSFER_OUT",
      status: "PENDING_UNIT",
      version: 0,
      enterpriseId: s.unitA.enterprise.id,
      personId: s.wang.person.id,
      certificateId: s.wang.certificate.id,
      decidedAt: null,
    });
    expect(transferPayload.parse((await appById(app.id)).payload)).toEqual({
      reason: "个人原因调离",
      fromUnitName: s.unitA.enterprise.name,
    });
    expect(await db.applicationEvent.findMany({ where: { applicationId: app.id } })).toMatchObject([
      { action: "submit", fromStatus: null, toStatus: "PENDING_UNIT", actorId: s.wang.account.id, actorRole: "PERSON" },
    ]);
    // The holder sees it open on the certificate and in 我的申请; the unit in its list.
    expect((await listOwnCertificates({ actor: s.wang.actor }))[0]).toMatchObject({
      openTransfer: { id: app.id, kind: "TRANSFER_OUT", status: "PENDING_UNIT" },
      canTransferOut: false,
      canTransferIn: false,
    });
    expect((await listPersonApplications({ actor: s.wang.actor })).map((a) => a.id)).toEqual([app.id]);
    expect(
      (await listOwnApplications({ actor: s.unitA.actor, kinds: ["TRANSFER_OUT"] })).rows.map((a) => a.id),
    ).toEqual([app.id]);

    expect(await unitDecide(s.unitA, "TRANSFER_OUT", app.id, 0, "unitApprove")).toMatchObject({
      status: "PENDING_REVIEW",
      version: 1,
    });
    expect(await staffDecide(s.reviewer, "TRANSFER_OUT", app.id, 1, "approve")).toMatchObject({
      status: "PENDING_ASSESSMENT",
      version: 2,
    });
    expect(await certById(s.wang.certificate.id)).toMatchObject({
      enterpriseId: s.unitA.enterprise.id,
      unitName: s.unitA.enterprise.name,
      version: 0,
    });
    expect((await appById(app.id)).decidedAt).toBeNull();

    expect(await staffDecide(s.assessor, "TRANSFER_OUT", app.id, 2, "issue")).toMatchObject({
      status: "APPROVED",
      version: 3,
    });
    const decided = await appById(app.id);
    expect(decided.status).toBe("APPROVED");
    expect(decided.decidedAt).toBeInstanceOf(Date);
    expect(await actionsOf(app.id)).toEqual(["submit", "unitApprove", "approve", "issue"]);

    const after = await certById(s.wang.certificate.id);
    expect(after).toMatchObject({
      enterpriseId: null,
      unitName: null,
      status: "ACTIVE",
      personId: s.wang.person.id,
      version: 1,
    });
    expect(after.number).toBe(before.number);
    expect(toDateOnly(after.issuedOn)).toBe(toDateOnly(before.issuedOn));
    expect(toDateOnly(after.expiresOn)).toBe(toDateOnly(before.expiresOn));
    const events = await db.certificateEvent.findMany({ where: { certificateId: after.id, kind: "MOVED_OUT" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ applicationId: app.id, actorId: s.assessor.accountId, actorRole: "ASSESSOR" });
    expect(events[0].changes).toEqual({ unitName: [s.unitA.enterprise.name, null] });
    expect(
      (await getCertificateForStaff({ actor: s.reviewer, certificateId: after.id })).events.map((e) => e.kind),
    ).toEqual(["ISSUED", "MOVED_OUT"]);

    // Gone from the unit's 证书查询 (and its export); the holder may now apply for 调入.
    expect((await enterpriseCertificateRows(s.unitA.actor, {})).map((r) => r.id)).not.toContain(after.id);
    expect((await listOwnCertificates({ actor: s.wang.actor }))[0]).toMatchObject({
      hasUnit: false,
      unitName: null,
      openTransfer: null,
      canTransferOut: false,
      canTransferIn: true,
    });
    // A second 调出 has nothing to leave.
    await expect(out(s.wang)).rejects.toThrow("不在任何单位名下");
  });

  it("refuses a 失效 (expired beyond the renewal window, or lapsed) or 已注销 certificate; 已过期 within the window is allowed", async () => {
    const s = await setup();
    const today = todayInShanghai();
    const lapsedByDate = await holderOf(s.unitA, "李明轩", {
      expiresOn: addMonths(today, -4),
      issuedOn: addMonths(today, -40),
    });
    const lapsed = await holderOf(s.unitA, "陈志刚", { status: "LAPSED" });
    const revoked = await holderOf(s.unitA, "张国强", { status: "REVOKED" });
    const expired = await holderOf(s.unitA, "刘晓燕", {
      expiresOn: addMonths(today, -1),
      issuedOn: addMonths(today, -37),
    });

    for (const [h, status] of [
      [lapsedByDate, "失效"],
      [lapsed, "失效"],
      [revoked, "已注销"],
    ] as const) {
      const refused = out(h);
      await expect(refused).rejects.toBeInstanceOf(InvalidInputError);
      await expect(refused).rejects.toThrow(`证书${status}，不能办理调动`);
      expect((await listOwnCertificates({ actor: h.actor }))[0]).toMatchObject({
        status,
        canTransferOut: false,
        canTransferIn: false,
      });
    }
    expect(await db.application.count({ where: { kind: "TRANSFER_OUT" } })).toBe(0);

    expect((await listOwnCertificates({ actor: expired.actor }))[0]).toMatchObject({
      status: "已过期",
      canTransferOut: true,
    });
    expect((await appById((await out(expired)).id)).status).toBe("PENDING_UNIT");

    // The same for 调入 on a certificate with no unit.
    await db.certificate.update({
      where: { id: lapsedByDate.certificate.id },
      data: { enterpriseId: null, unitName: null },
    });
    await expect(into(lapsedByDate, s.unitB.enterprise.name)).rejects.toThrow("证书失效，不能办理调动");
    expect(await db.application.count({ where: { kind: "TRANSFER_IN" } })).toBe(0);
  });

  it("refuses a malformed or unknown certificate id (NotFoundError)", async () => {
    const s = await setup();
    await expect(
      submitTransferOut({ actor: s.wang.actor, certificateId: "not-a-uuid", reason: "x" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      submitTransferOut({ actor: s.wang.actor, certificateId: "00000000-0000-4000-8000-000000000000", reason: "x" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the certificate changes while the transfer is open", () => {
  it("revoked (已注销) before 核发: 核发 is refused (ConflictError) and nothing changes", async () => {
    const s = await setup();
    const app = await out(s.wang);
    await unitDecide(s.unitA, "TRANSFER_OUT", app.id, 0, "unitApprove");
    await staffDecide(s.reviewer, "TRANSFER_OUT", app.id, 1, "approve");
    await db.certificate.update({ where: { id: s.wang.certificate.id }, data: { status: "REVOKED" } });
    const refused = staffDecide(s.assessor, "TRANSFER_OUT", app.id, 2, "issue");
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toThrow("无法核发");
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_ASSESSMENT", version: 2 });
    expect(await certById(s.wang.certificate.id)).toMatchObject({
      enterpriseId: s.unitA.enterprise.id,
      unitName: s.unitA.enterprise.name,
    });
    expect(await actionsOf(app.id)).toEqual(["submit", "unitApprove", "approve"]);
    // The assessor can still reject it.
    await staffDecide(s.assessor, "TRANSFER_OUT", app.id, 2, "reject", "证书已注销");
  });

  it("调入 whose certificate was attached elsewhere meanwhile: 核发 is refused", async () => {
    const s = await setup();
    const li = await looseHolder(s.unitA);
    const app = await into(li, s.unitB.enterprise.name);
    await unitDecide(s.unitB, "TRANSFER_IN", app.id, 0, "unitApprove");
    await staffDecide(s.reviewer, "TRANSFER_IN", app.id, 1, "approve");
    await db.certificate.update({
      where: { id: li.certificate.id },
      data: { enterpriseId: s.unitA.enterprise.id, unitName: s.unitA.enterprise.name },
    });
    await expect(staffDecide(s.assessor, "TRANSFER_IN", app.id, 2, "issue")).rejects.toThrow("该证书已在其他单位名下");
    expect(await certById(li.certificate.id)).toMatchObject({ enterpriseId: s.unitA.enterprise.id });
    expect((await appById(app.id)).status).toBe("PENDING_ASSESSMENT");
  });
});

describe("调入 (TRANSFER_IN)", () => {
  it("for a certificate with no unit: the new unit agrees → approve → 核发: issued under the new unit, dated today (MOVED_IN)", async () => {
    const s = await setup();
    const li = await looseHolder(s.unitA, "李明轩");
    const before = await certById(li.certificate.id);

    // Found by the exact 统一社会信用代码 (any case) as well as by the name.
    const app = await into(li, s.unitB.fields.creditCode.toLowerCase(), "入职乙单位");
    expect(await appById(app.id)).toMatchObject({
      kind: "TRANSFER_IN",
      status: "PENDING_UNIT",
      enterpriseId: s.unitB.enterprise.id,
      personId: li.person.id,
      certificateId: li.certificate.id,
    });
    expect(transferPayload.parse((await appById(app.id)).payload)).toEqual({
      reason: "入职乙单位",
      toUnitName: s.unitB.enterprise.name,
    });
    expect((await listOwnCertificates({ actor: li.actor }))[0]).toMatchObject({
      openTransfer: { id: app.id, kind: "TRANSFER_IN" },
      canTransferIn: false,
    });

    // Only the unit being joined decides: the certificate's former unit has no say.
    await expect(unitDecide(s.unitA, "TRANSFER_IN", app.id, 0, "unitApprove")).rejects.toBeInstanceOf(NotFoundError);
    await unitDecide(s.unitB, "TRANSFER_IN", app.id, 0, "unitApprove");
    await staffDecide(s.reviewer, "TRANSFER_IN", app.id, 1, "approve");
    expect(await certById(li.certificate.id)).toMatchObject({ enterpriseId: null, unitName: null });
    expect(await staffDecide(s.assessor, "TRANSFER_IN", app.id, 2, "issue")).toMatchObject({
      status: "APPROVED",
      version: 3,
    });

    const today = todayInShanghai();
    const after = await certById(li.certificate.id);
    expect(after).toMatchObject({
      enterpriseId: s.unitB.enterprise.id,
      unitName: s.unitB.enterprise.name,
      status: "ACTIVE",
      version: before.version + 1,
    });
    expect(toDateOnly(after.issuedOn)).toBe(today);
    expect(after.number).toBe(before.number);
    expect(toDateOnly(after.expiresOn)).toBe(toDateOnly(before.expiresOn));
    const events = await db.certificateEvent.findMany({ where: { certificateId: after.id, kind: "MOVED_IN" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ applicationId: app.id, actorId: s.assessor.accountId, actorRole: "ASSESSOR" });
    expect(events[0].changes).toEqual({
      unitName: [null, s.unitB.enterprise.name],
      issuedOn: [toDateOnly(before.issuedOn), today],
    });

    expect((await enterpriseCertificateRows(s.unitB.actor, {})).map((r) => r.id)).toContain(after.id);
    expect((await enterpriseCertificateRows(s.unitA.actor, {})).map((r) => r.id)).not.toContain(after.id);
    expect((await listOwnCertificates({ actor: li.actor }))[0]).toMatchObject({
      hasUnit: true,
      unitName: s.unitB.enterprise.name,
      issuedOn: today,
      canTransferOut: true,
      canTransferIn: false,
    });
  });

  it("调出 from A then 调入 to B: the certificate's history shows both moves", async () => {
    const s = await setup();
    const o = await out(s.wang);
    await unitDecide(s.unitA, "TRANSFER_OUT", o.id, 0, "unitApprove");
    await staffDecide(s.reviewer, "TRANSFER_OUT", o.id, 1, "approve");
    await staffDecide(s.assessor, "TRANSFER_OUT", o.id, 2, "issue");
    const i = await into(s.wang, s.unitB.enterprise.name);
    await unitDecide(s.unitB, "TRANSFER_IN", i.id, 0, "unitApprove");
    await staffDecide(s.reviewer, "TRANSFER_IN", i.id, 1, "approve");
    await staffDecide(s.assessor, "TRANSFER_IN", i.id, 2, "issue");
    expect(await certById(s.wang.certificate.id)).toMatchObject({
      enterpriseId: s.unitB.enterprise.id,
      unitName: s.unitB.enterprise.name,
      version: 2,
    });
    const history = await getCertificateForStaff({ actor: s.assessor, certificateId: s.wang.certificate.id });
    expect(history.events.map((e) => [e.kind, e.application?.kind ?? null])).toEqual([
      ["ISSUED", null],
      ["MOVED_OUT", "TRANSFER_OUT"],
      ["MOVED_IN", "TRANSFER_IN"],
    ]);
  });

  it("is refused while the certificate still has a unit", async () => {
    const s = await setup();
    const refused = into(s.wang, s.unitB.enterprise.name);
    await expect(refused).rejects.toBeInstanceOf(InvalidInputError);
    await expect(refused).rejects.toThrow("请先办理调出");
    expect(await db.application.count({ where: { kind: "TRANSFER_IN" } })).toBe(0);
  });

  it("is refused to an unknown unit, a unit not yet approved, or a partial name (error on unit)", async () => {
    const s = await setup();
    const li = await looseHolder(s.unitA);
    const pending = await createEnterprise();
    for (const unit of [
      "不存在的建设有限公司",
      pending.enterprise.name,
      pending.fields.creditCode,
      s.unitB.enterprise.name.slice(0, 6),
      "   ",
    ]) {
      const refused = into(li, unit);
      await expect(refused).rejects.toBeInstanceOf(InvalidInputError);
      await expect(refused).rejects.toMatchObject({ fieldErrors: { unit: [expect.stringContaining("未找到该单位")] } });
    }
    expect(await db.application.count({ where: { kind: "TRANSFER_IN" } })).toBe(0);
  });
});

describe("one open transfer per certificate", () => {
  it("a second 调出 while one is open is a ConflictError, at every open stage; after it is decided a new one may be filed", async () => {
    const s = await setup();
    const first = await out(s.wang);
    for (const [act, version] of [
      [() => Promise.resolve(), 0],
      [() => unitDecide(s.unitA, "TRANSFER_OUT", first.id, 0, "unitApprove"), 1],
      [() => staffDecide(s.reviewer, "TRANSFER_OUT", first.id, 1, "approve"), 2],
    ] as const) {
      await act();
      const second = out(s.wang);
      await expect(second).rejects.toBeInstanceOf(ConflictError);
      await expect(second).rejects.toThrow("已有办理中的同类申请");
      expect((await appById(first.id)).version).toBe(version);
    }
    expect(await db.application.count({ where: { certificateId: s.wang.certificate.id } })).toBe(1);
  });

  it("a second 调入 (to any unit) while one is open is a ConflictError", async () => {
    const s = await setup();
    const li = await looseHolder(s.unitA);
    await into(li, s.unitB.enterprise.name);
    await expect(into(li, s.unitB.enterprise.name)).rejects.toBeInstanceOf(ConflictError);
    await expect(into(li, s.unitA.enterprise.name)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.application.count({ where: { certificateId: li.certificate.id } })).toBe(1);
  });

  it("the database refuses a 调出 and a 调入 open together on one certificate (the two kinds exclude each other)", async () => {
    const s = await setup();
    const li = await looseHolder(s.unitA);
    const open = await into(li, s.unitB.enterprise.name);
    // submitTransferOut would refuse earlier (no unit to leave); the index is what holds in a race.
    const second = db.$transaction((tx) =>
      createApplication(tx, {
        actor: li.actor,
        kind: "TRANSFER_OUT",
        enterpriseId: s.unitA.enterprise.id,
        personId: li.person.id,
        certificateId: li.certificate.id,
        payload: { reason: "x", fromUnitName: s.unitA.enterprise.name },
      }),
    );
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    expect(await db.application.count({ where: { certificateId: li.certificate.id } })).toBe(1);

    // Once the 调入 is withdrawn the certificate is free again.
    await decideApplication({ action: "withdraw", actor: li.actor, applicationId: open.id, expectedVersion: 0 });
    expect((await into(li, s.unitA.enterprise.name)).id).not.toBe(open.id);
  });

  it("two submissions racing (two 调出; two 调入 to different units): exactly one application", async () => {
    const s = await setup();
    const outs = await Promise.allSettled([out(s.wang), out(s.wang), out(s.wang)]);
    expect(outs.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of outs.filter((r): r is PromiseRejectedResult => r.status === "rejected"))
      expect(r.reason).toBeInstanceOf(ConflictError);
    expect(await db.application.count({ where: { certificateId: s.wang.certificate.id } })).toBe(1);

    const li = await looseHolder(s.unitA);
    const ins = await Promise.allSettled([into(li, s.unitA.enterprise.name), into(li, s.unitB.enterprise.name)]);
    expect(ins.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((ins.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await db.application.count({ where: { certificateId: li.certificate.id } })).toBe(1);
    // Only the winner's unit heard of it.
    expect(await db.notification.count({ where: { application: { certificateId: li.certificate.id } } })).toBe(1);
  });
});

describe("rejections", () => {
  it("the unit says 不同意 (意见 required) → 审核不通过; a new 调出 can then be filed", async () => {
    const s = await setup();
    const app = await out(s.wang);
    const blank = unitDecide(s.unitA, "TRANSFER_OUT", app.id, 0, "unitReject", "   ");
    await expect(blank).rejects.toBeInstanceOf(InvalidInputError);
    await expect(blank).rejects.toMatchObject({ fieldErrors: { opinion: [expect.any(String)] } });
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_UNIT", version: 0 });

    expect(
      await unitDecide(s.unitA, "TRANSFER_OUT", app.id, 0, "unitReject", "项目未完工，暂不同意调出"),
    ).toMatchObject({ status: "REJECTED", version: 1 });
    const rejected = await appById(app.id);
    expect(rejected.decidedAt).toBeInstanceOf(Date);
    expect(
      await db.applicationEvent.findFirstOrThrow({ where: { applicationId: app.id, action: "unitReject" } }),
    ).toMatchObject({
      fromStatus: "PENDING_UNIT",
      toStatus: "REJECTED",
      actorId: s.unitA.account.id,
      actorRole: "ENTERPRISE",
      opinion: "项目未完工，暂不同意调出",
    });
    // No further decision on a rejected transfer; the holder cannot withdraw it either.
    await expect(unitDecide(s.unitA, "TRANSFER_OUT", app.id, 1, "unitApprove")).rejects.toBeInstanceOf(ConflictError);
    await expect(
      decideApplication({ action: "withdraw", actor: s.wang.actor, applicationId: app.id, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(staffDecide(s.reviewer, "TRANSFER_OUT", app.id, 1, "approve")).rejects.toBeInstanceOf(ConflictError);
    expect(await certById(s.wang.certificate.id)).toMatchObject({ enterpriseId: s.unitA.enterprise.id, version: 0 });
    expect((await listOwnCertificates({ actor: s.wang.actor }))[0]).toMatchObject({
      openTransfer: null,
      canTransferOut: true,
    });

    const again = await out(s.wang, "再次申请");
    expect(again.id).not.toBe(app.id);
    expect((await appById(again.id)).status).toBe("PENDING_UNIT");
  });

  it("the 审核部门 rejects (reason required) → 审核不通过; a new one can be filed", async () => {
    const s = await setup();
    const app = await out(s.wang);
    await unitDecide(s.unitA, "TRANSFER_OUT", app.id, 0, "unitApprove");
    await expect(staffDecide(s.reviewer, "TRANSFER_OUT", app.id, 1, "reject")).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(staffDecide(s.assessor, "TRANSFER_OUT", app.id, 1, "reject", "越权")).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await staffDecide(s.reviewer, "TRANSFER_OUT", app.id, 1, "reject", "材料不全")).toMatchObject({
      status: "REJECTED",
      version: 2,
    });
    expect(await actionsOf(app.id)).toEqual(["submit", "unitApprove", "reject"]);
    expect(await certById(s.wang.certificate.id)).toMatchObject({ enterpriseId: s.unitA.enterprise.id, version: 0 });
    expect((await appById((await out(s.wang)).id)).status).toBe("PENDING_UNIT");
  });

  it("the 考核部门 rejects → 审核不通过, the certificate untouched; a 调入 can be filed again (to another unit)", async () => {
    const s = await setup();
    const li = await looseHolder(s.unitA);
    const app = await into(li, s.unitB.enterprise.name);
    await unitDecide(s.unitB, "TRANSFER_IN", app.id, 0, "unitApprove");
    await staffDecide(s.reviewer, "TRANSFER_IN", app.id, 1, "approve");
    await expect(staffDecide(s.assessor, "TRANSFER_IN", app.id, 2, "reject", "  ")).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(await staffDecide(s.assessor, "TRANSFER_IN", app.id, 2, "reject", "考核未通过")).toMatchObject({
      status: "REJECTED",
      version: 3,
    });
    expect(await certById(li.certificate.id)).toMatchObject({ enterpriseId: null, unitName: null, version: 0 });
    expect(await db.certificateEvent.count({ where: { certificateId: li.certificate.id, kind: "MOVED_IN" } })).toBe(0);

    const again = await into(li, s.unitA.enterprise.name);
    expect(await appById(again.id)).toMatchObject({ status: "PENDING_UNIT", enterpriseId: s.unitA.enterprise.id });
  });

  it("roles: the unit cannot approve for staff, a reviewer cannot 核发 or act for the unit, the unit cannot act past its step", async () => {
    const s = await setup();
    const app = await out(s.wang);
    await expect(staffDecide(s.reviewer, "TRANSFER_OUT", app.id, 0, "approve")).rejects.toBeInstanceOf(ConflictError);
    await expect(staffDecide(s.assessor, "TRANSFER_OUT", app.id, 0, "issue")).rejects.toBeInstanceOf(ConflictError);
    await expect(staffDecide(s.unitA.actor, "TRANSFER_OUT", app.id, 0, "approve")).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      decideApplication({
        actor: s.reviewer,
        kind: "TRANSFER_OUT",
        applicationId: app.id,
        expectedVersion: 0,
        action: "unitApprove",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      decideApplication({ action: "withdraw", actor: s.unitA.actor, applicationId: app.id, expectedVersion: 0 }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_UNIT", version: 0 });

    await unitDecide(s.unitA, "TRANSFER_OUT", app.id, 0, "unitApprove");
    await expect(unitDecide(s.unitA, "TRANSFER_OUT", app.id, 1, "unitApprove")).rejects.toBeInstanceOf(ConflictError);
    await expect(staffDecide(s.reviewer, "TRANSFER_OUT", app.id, 1, "issue")).rejects.toBeInstanceOf(ForbiddenError);
    await staffDecide(s.reviewer, "TRANSFER_OUT", app.id, 1, "approve");
    await expect(staffDecide(s.reviewer, "TRANSFER_OUT", app.id, 2, "issue")).rejects.toBeInstanceOf(ForbiddenError);
    // The wrong kind for the id is "not found".
    await expect(staffDecide(s.assessor, "TRANSFER_IN", app.id, 2, "issue")).rejects.toBeInstanceOf(NotFoundError);
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_ASSESSMENT", version: 2 });
  });
});

describe("withdraw (【撤回】)", () => {
  it("while 待单位审核 → 已取消 (the unit is told); then a new one may be filed", async () => {
    const s = await setup();
    const app = await out(s.wang);
    await expect(
      decideApplication({ action: "withdraw", actor: s.wang.actor, applicationId: app.id, expectedVersion: 3 }),
    ).rejects.toBeInstanceOf(ConflictError);

    await expectNotified(
      () => decideApplication({ action: "withdraw", actor: s.wang.actor, applicationId: app.id, expectedVersion: 0 }),
      [unitParty(s.unitA)],
      { applicationId: app.id, actor: s.wang.actor, status: "CANCELLED" },
    );
    const cancelled = await appById(app.id);
    expect(cancelled).toMatchObject({ status: "CANCELLED", version: 1 });
    expect(cancelled.decidedAt).toBeInstanceOf(Date);
    expect(
      await db.applicationEvent.findFirstOrThrow({ where: { applicationId: app.id, action: "withdraw" } }),
    ).toMatchObject({
      fromStatus: "PENDING_UNIT",
      toStatus: "CANCELLED",
      actorId: s.wang.account.id,
      actorRole: "PERSON",
    });
    await expect(
      decideApplication({ action: "withdraw", actor: s.wang.actor, applicationId: app.id, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(unitDecide(s.unitA, "TRANSFER_OUT", app.id, 1, "unitApprove")).rejects.toBeInstanceOf(ConflictError);

    const again = await out(s.wang);
    expect((await appById(again.id)).status).toBe("PENDING_UNIT");
  });

  it("is refused once the unit has agreed (ConflictError), at the current version too", async () => {
    const s = await setup();
    const app = await out(s.wang);
    await unitDecide(s.unitA, "TRANSFER_OUT", app.id, 0, "unitApprove");
    for (const version of [0, 1]) {
      const refused = decideApplication({
        action: "withdraw",
        actor: s.wang.actor,
        applicationId: app.id,
        expectedVersion: version,
      });
      await expect(refused).rejects.toBeInstanceOf(ConflictError);
    }
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_REVIEW", version: 1 });
    expect(await actionsOf(app.id)).toEqual(["submit", "unitApprove"]);
  });
});

describe("concurrency", () => {
  it("the holder withdraws while the unit agrees: exactly one wins, the other gets ConflictError", async () => {
    const s = await setup();
    for (let round = 0; round < 4; round++) {
      const h = round === 0 ? s.wang : await holderOf(s.unitA);
      const app = await out(h);
      const results = await Promise.allSettled(
        round % 2
          ? [
              unitDecide(s.unitA, "TRANSFER_OUT", app.id, 0, "unitApprove"),
              decideApplication({ action: "withdraw", actor: h.actor, applicationId: app.id, expectedVersion: 0 }),
            ]
          : [
              decideApplication({ action: "withdraw", actor: h.actor, applicationId: app.id, expectedVersion: 0 }),
              unitDecide(s.unitA, "TRANSFER_OUT", app.id, 0, "unitApprove"),
            ],
      );
      const fulfilled = results.filter(
        (r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof decideApplication>>> => r.status === "fulfilled",
      );
      expect(fulfilled).toHaveLength(1);
      const loser = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
      expect(loser.reason).toBeInstanceOf(ConflictError);
      expect(loser.reason.message).toMatch(/该申请已被他人处理|该申请已撤回或取消/);

      const winner = fulfilled[0].value.status;
      expect(["CANCELLED", "PENDING_REVIEW"]).toContain(winner);
      expect(await appById(app.id)).toMatchObject({ status: winner, version: 1 });
      expect(await actionsOf(app.id)).toEqual(["submit", winner === "CANCELLED" ? "withdraw" : "unitApprove"]);
      // One decision, one notice (the party who did not act), plus the unit's notice of the submission.
      expect(await db.notification.count({ where: { applicationId: app.id } })).toBe(2);
    }
  });

  it("the unit agrees and disagrees at once (two browser tabs): one decision", async () => {
    const s = await setup();
    const app = await out(s.wang);
    const results = await Promise.allSettled([
      unitDecide(s.unitA, "TRANSFER_OUT", app.id, 0, "unitApprove"),
      unitDecide(s.unitA, "TRANSFER_OUT", app.id, 0, "unitReject", "不同意"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(
      ConflictError,
    );
    expect((await appById(app.id)).version).toBe(1);
    expect(
      await db.applicationEvent.count({
        where: { applicationId: app.id, action: { in: ["unitApprove", "unitReject"] } },
      }),
    ).toBe(1);
  });

  it("two assessors issuing a 调出 at once: the certificate moves once", async () => {
    const s = await setup();
    const { actor: assessor2 } = await createStaff("ASSESSOR");
    const app = await out(s.wang);
    await unitDecide(s.unitA, "TRANSFER_OUT", app.id, 0, "unitApprove");
    await staffDecide(s.reviewer, "TRANSFER_OUT", app.id, 1, "approve");
    const results = await Promise.allSettled([
      staffDecide(s.assessor, "TRANSFER_OUT", app.id, 2, "issue"),
      staffDecide(assessor2, "TRANSFER_OUT", app.id, 2, "issue"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      await db.certificateEvent.count({ where: { certificateId: s.wang.certificate.id, kind: "MOVED_OUT" } }),
    ).toBe(1);
    expect(await certById(s.wang.certificate.id)).toMatchObject({ enterpriseId: null, version: 1 });
  });
});

describe("unitApproveTransfers (batch 【同意调出】)", () => {
  it("a mix of pending, already agreed, withdrawn and another unit's rows: per-row results, the decidable ones go through", async () => {
    const s = await setup();
    const [p1, p2, p3, p4] = [s.wang, await holderOf(s.unitA), await holderOf(s.unitA), await holderOf(s.unitA)];
    const stranger = await holderOf(s.unitB);
    const pending1 = await out(p1);
    const agreed = await out(p2);
    const withdrawn = await out(p3);
    const pending2 = await out(p4);
    const others = await out(stranger);
    const loose = await looseHolder(s.unitA);
    const transferIn = await into(loose, s.unitA.enterprise.name);

    await unitDecide(s.unitA, "TRANSFER_OUT", agreed.id, 0, "unitApprove"); // another tab, earlier
    await decideApplication({ action: "withdraw", actor: p3.actor, applicationId: withdrawn.id, expectedVersion: 0 });

    const results = await decideApplications({
      action: "unitApprove",
      actor: s.unitA.actor,
      kind: "TRANSFER_OUT",
      items: [pending1, agreed, withdrawn, others, transferIn, pending2].map((a) => ({
        applicationId: a.id,
        expectedVersion: 0,
      })),
    });
    expect(results).toEqual([
      { id: pending1.id, ok: true },
      { id: agreed.id, ok: false, message: expect.stringContaining("该申请已被他人处理") },
      { id: withdrawn.id, ok: false, message: expect.stringContaining("该申请已撤回或取消") },
      { id: others.id, ok: false, message: expect.stringContaining("未找到该记录") },
      { id: transferIn.id, ok: false, message: expect.stringContaining("未找到该记录") },
      { id: pending2.id, ok: true },
    ]);
    expect(await appById(pending1.id)).toMatchObject({ status: "PENDING_REVIEW", version: 1 });
    expect(await appById(pending2.id)).toMatchObject({ status: "PENDING_REVIEW", version: 1 });
    expect(await appById(agreed.id)).toMatchObject({ status: "PENDING_REVIEW", version: 1 });
    expect(await appById(withdrawn.id)).toMatchObject({ status: "CANCELLED", version: 1 });
    expect(await appById(others.id)).toMatchObject({ status: "PENDING_UNIT", version: 0 });
    expect(await appById(transferIn.id)).toMatchObject({ status: "PENDING_UNIT", version: 0 });
    expect(await db.applicationEvent.count({ where: { action: "unitApprove" } })).toBe(3);

    // The 调入 batch for the same unit takes its own kind.
    expect(
      await decideApplications({
        action: "unitApprove",
        actor: s.unitA.actor,
        kind: "TRANSFER_IN",
        items: [{ applicationId: transferIn.id, expectedVersion: 0 }],
      }),
    ).toEqual([{ id: transferIn.id, ok: true }]);

    // More than 200 rows at once is refused as a whole.
    const tooMany = Array.from({ length: 201 }, () => ({ applicationId: others.id, expectedVersion: 0 }));
    await expect(
      decideApplications({ action: "unitApprove", actor: s.unitB.actor, kind: "TRANSFER_OUT", items: tooMany }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(await appById(others.id)).toMatchObject({ status: "PENDING_UNIT", version: 0 });

    // Only units batch-decide.
    for (const actor of [s.reviewer, p1.actor]) {
      await expect(
        decideApplications({
          action: "unitApprove",
          actor,
          kind: "TRANSFER_OUT",
          items: [{ applicationId: others.id, expectedVersion: 0 }],
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    // Staff batch-approve what the units agreed.
    const staff = await decideApplications({
      actor: s.reviewer,
      kind: "TRANSFER_OUT",
      action: "approve",
      items: [pending1, others].map((a) => ({ applicationId: a.id, expectedVersion: a.id === others.id ? 0 : 1 })),
    });
    expect(staff).toEqual([
      { id: pending1.id, ok: true },
      { id: others.id, ok: false, message: expect.stringContaining("该申请已被他人处理") },
    ]);
  });
});

describe("another unit", () => {
  it("unit B cannot decide, read or batch-decide unit A's transfer (NotFoundError); nothing changes", async () => {
    const s = await setup();
    const app = await out(s.wang);
    await expect(unitDecide(s.unitB, "TRANSFER_OUT", app.id, 0, "unitApprove")).rejects.toBeInstanceOf(NotFoundError);
    await expect(unitDecide(s.unitB, "TRANSFER_OUT", app.id, 0, "unitReject", "不同意")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      getOwnApplication({ actor: s.unitB.actor, applicationId: app.id, kind: "TRANSFER_OUT" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await listOwnApplications({ actor: s.unitB.actor, kinds: ["TRANSFER_OUT", "TRANSFER_IN"] })).rows).toEqual(
      [],
    );
    // Unit A with the wrong kind does not find it either.
    await expect(unitDecide(s.unitA, "TRANSFER_IN", app.id, 0, "unitApprove")).rejects.toBeInstanceOf(NotFoundError);
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_UNIT", version: 0 });
    expect(await actionsOf(app.id)).toEqual(["submit"]);
    expect(await db.notification.count({ where: { accountId: s.unitB.account.id } })).toBe(0);

    // Unit A reads and decides its own.
    expect(
      (await getOwnApplication({ actor: s.unitA.actor, applicationId: app.id, kind: "TRANSFER_OUT" })).certificate?.id,
    ).toBe(s.wang.certificate.id);
    await unitDecide(s.unitA, "TRANSFER_OUT", app.id, 0, "unitApprove");
  });
});

describe("notifications", () => {
  it("调出: every step notifies the holder and the unit, never the actor (Notification + mail to both)", async () => {
    const s = await setup();
    // The holder's submission tells the unit only.
    const submitted = await noticesOf(() => out(s.wang));
    const appId = (
      await db.application.findFirstOrThrow({ where: { kind: "TRANSFER_OUT", certificateId: s.wang.certificate.id } })
    ).id;
    expect(submitted.notifications.map((n) => [n.accountId, n.applicationId])).toEqual([[s.unitA.account.id, appId]]);
    expect(submitted.mails.map((m) => m.to)).toEqual([s.unitA.fields.email]);
    expect(submitted.notifications[0].title).toContain(KINDS.TRANSFER_OUT.label);
    expect(submitted.notifications[0].body).toContain(s.wang.certificate.number);

    await expectNotified(() => unitDecide(s.unitA, "TRANSFER_OUT", appId, 0, "unitApprove"), [holderParty(s.wang)], {
      applicationId: appId,
      actor: s.unitA.actor,
      status: "PENDING_REVIEW",
    });
    await expectNotified(
      () => staffDecide(s.reviewer, "TRANSFER_OUT", appId, 1, "approve"),
      [holderParty(s.wang), unitParty(s.unitA)],
      {
        applicationId: appId,
        actor: s.reviewer,
        status: "PENDING_ASSESSMENT",
      },
    );
    const issued = await expectNotified(
      () => staffDecide(s.assessor, "TRANSFER_OUT", appId, 2, "issue"),
      [holderParty(s.wang), unitParty(s.unitA)],
      { applicationId: appId, actor: s.assessor, status: "APPROVED" },
    );
    for (const n of issued.notifications) {
      expect(n.title).toContain(KINDS.TRANSFER_OUT.label);
      expect(n.body).toContain(s.wang.certificate.number);
    }
    for (const m of issued.mails) expect(m.subject).toContain(KINDS.TRANSFER_OUT.label);
    // Staff accounts never receive notices.
    expect(
      await db.notification.count({ where: { accountId: { in: [s.reviewer.accountId, s.assessor.accountId] } } }),
    ).toBe(0);
  });

  it("rejections at each stage tell both parties but the one who decided, with the 意见", async () => {
    const s = await setup();
    const a1 = await out(s.wang);
    await expectNotified(
      () => unitDecide(s.unitA, "TRANSFER_OUT", a1.id, 0, "unitReject", "项目未完工"),
      [holderParty(s.wang)],
      {
        applicationId: a1.id,
        actor: s.unitA.actor,
        status: "REJECTED",
        opinion: "项目未完工",
      },
    );

    const a2 = await out(s.wang);
    await unitDecide(s.unitA, "TRANSFER_OUT", a2.id, 0, "unitApprove");
    await expectNotified(
      () => staffDecide(s.reviewer, "TRANSFER_OUT", a2.id, 1, "reject", "材料不全"),
      [holderParty(s.wang), unitParty(s.unitA)],
      {
        applicationId: a2.id,
        actor: s.reviewer,
        status: "REJECTED",
        opinion: "材料不全",
      },
    );

    const a3 = await out(s.wang);
    await unitDecide(s.unitA, "TRANSFER_OUT", a3.id, 0, "unitApprove");
    await staffDecide(s.reviewer, "TRANSFER_OUT", a3.id, 1, "approve");
    await expectNotified(
      () => staffDecide(s.assessor, "TRANSFER_OUT", a3.id, 2, "reject", "考核未通过"),
      [holderParty(s.wang), unitParty(s.unitA)],
      {
        applicationId: a3.id,
        actor: s.assessor,
        status: "REJECTED",
        opinion: "考核未通过",
      },
    );
  });

  it("调入: the unit being joined is notified (not the former unit), and the holder", async () => {
    const s = await setup();
    const li = await looseHolder(s.unitA);
    const { notifications: onSubmit } = await noticesOf(() => into(li, s.unitB.enterprise.name));
    expect(onSubmit.map((n) => n.accountId)).toEqual([s.unitB.account.id]);
    const app = await db.application.findFirstOrThrow({
      where: { kind: "TRANSFER_IN", certificateId: li.certificate.id },
    });

    await expectNotified(() => unitDecide(s.unitB, "TRANSFER_IN", app.id, 0, "unitApprove"), [holderParty(li)], {
      applicationId: app.id,
      actor: s.unitB.actor,
      status: "PENDING_REVIEW",
    });
    await expectNotified(
      () => staffDecide(s.reviewer, "TRANSFER_IN", app.id, 1, "approve"),
      [holderParty(li), unitParty(s.unitB)],
      {
        applicationId: app.id,
        actor: s.reviewer,
        status: "PENDING_ASSESSMENT",
      },
    );
    await expectNotified(
      () => staffDecide(s.assessor, "TRANSFER_IN", app.id, 2, "issue"),
      [holderParty(li), unitParty(s.unitB)],
      {
        applicationId: app.id,
        actor: s.assessor,
        status: "APPROVED",
      },
    );
    expect(await db.notification.count({ where: { accountId: s.unitA.account.id } })).toBe(0);
  });
});
