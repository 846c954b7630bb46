// Every decision of the 审核部门 / 考核部门 tells the enterprise twice, in the same transaction: a
// Notification (the bell) for its account and a mail (OutboxMessage) to its email. The enterprise's
// own actions (submit, resubmit, cancel) notify nobody. Unread counts are per account.
import { describe, expect, it } from "vitest";
import { STATUS_LABEL, type ApplicationStatus } from "@/lib/domain/workflow";
import { KINDS, type ApplicationKind } from "@/lib/domain/application-kinds";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { confirmEmailChange, requestEmailChange } from "@/lib/server/enterprises/change-email";
import { editEnterprise } from "@/lib/server/enterprises/edit-enterprise";
import { resubmitEnterpriseChange } from "@/lib/server/enterprises/resubmit-enterprise-change";
import { listNotifications, markNotificationsRead, unreadNotificationCount } from "@/lib/server/notifications/queries";
import { resubmitRegistration } from "@/lib/server/registration/resubmit-registration";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import { resubmitUnitInfoChange } from "@/lib/server/unit-info-changes/resubmit-unit-info-change";
import { submitUnitInfoChange } from "@/lib/server/unit-info-changes/submit-unit-info-change";
import {
  createEnterprise,
  createPersonWithCertificate,
  createStaff,
  latestCodeFor,
  pdfFile,
  pngFile,
  uniqueEmail,
  uniqueIp,
} from "./support/factories";

type Unit = Awaited<ReturnType<typeof createEnterprise>>;

/** Runs `act` and returns the notifications and mails it created (and checks it created nothing else). */
async function noticesOf(act: () => Promise<unknown>) {
  const notificationIds = (await db.notification.findMany({ select: { id: true } })).map((n) => n.id);
  const lastMail = (await db.outboxMessage.findFirst({ orderBy: { id: "desc" } }))?.id ?? BigInt(0);
  await act();
  const notifications = await db.notification.findMany({ where: { id: { notIn: notificationIds } } });
  const mails = await db.outboxMessage.findMany({ where: { id: { gt: lastMail } } });
  return { notifications, mails };
}

/** Exactly one notification to the unit's account and one mail to its email, saying kind and status. */
async function expectDecisionNotice(
  unit: Unit,
  applicationId: string,
  act: () => Promise<unknown>,
  expected: { kind: ApplicationKind; status: ApplicationStatus; opinion?: string; mentions?: string[]; email?: string },
) {
  const { notifications, mails } = await noticesOf(act);
  expect(notifications).toHaveLength(1);
  expect(mails).toHaveLength(1);
  const [n] = notifications;
  const [mail] = mails;
  expect(n).toMatchObject({ accountId: unit.account.id, applicationId, readAt: null });
  expect(n.title).toContain(KINDS[expected.kind].label);
  expect(n.title).toContain(STATUS_LABEL[expected.status]);
  expect(n.body).toContain(STATUS_LABEL[expected.status]);
  for (const text of expected.mentions ?? []) expect(n.body).toContain(text);
  if (expected.opinion) expect(n.body).toContain(expected.opinion);
  else expect(n.body).not.toContain("意见：");

  expect(mail.to).toBe(expected.email ?? unit.fields.email);
  expect(mail.subject).toContain(n.title);
  expect(mail.text).toContain(n.body);
  if (expected.opinion) expect(mail.text).toContain(expected.opinion);
  expect(mail.sentAt).toBeNull();
  return n;
}

async function expectNoNotice(act: () => Promise<unknown>) {
  const { notifications, mails } = await noticesOf(act);
  expect(notifications).toEqual([]);
  expect(mails).toEqual([]);
}

const editFields = (unit: Unit, overrides: Record<string, string> = {}) => {
  const { creditCode: _c, email: _e, ...fields } = unit.fields;
  return { ...fields, ...overrides };
};

async function nameChange(unit: Unit, name: string) {
  await editEnterprise({
    actor: unit.actor,
    fields: editFields(unit, { name }),
    licenseFile: pdfFile(),
    qualificationFile: null,
  });
  return db.application.findFirstOrThrow({
    where: { enterpriseId: unit.enterprise.id, kind: "NAME_CHANGE", status: "PENDING_REVIEW" },
  });
}

const decide = (
  actor: Actor,
  kind: ApplicationKind,
  applicationId: string,
  expectedVersion: number,
  decision: "approve" | "reject" | "issue",
  opinion?: string,
) => decideApplication({ actor, kind, applicationId, expectedVersion, action: decision, opinion });

describe("decision notifications", () => {
  it("企业注册: approval and rejection (with the reason) reach the applicant's account and email", async () => {
    const { actor: reviewer } = await createStaff("REVIEWER");
    const approved = await createEnterprise();
    await expectDecisionNotice(
      approved,
      approved.applicationId,
      () => decide(reviewer, "ENTERPRISE_REGISTRATION", approved.applicationId, 0, "approve"),
      {
        kind: "ENTERPRISE_REGISTRATION",
        status: "APPROVED",
        mentions: [approved.fields.name],
      },
    );

    const rejected = await createEnterprise();
    const reason = "营业执照扫描件模糊，请重新上传";
    await expectDecisionNotice(
      rejected,
      rejected.applicationId,
      () => decide(reviewer, "ENTERPRISE_REGISTRATION", rejected.applicationId, 0, "reject", reason),
      { kind: "ENTERPRISE_REGISTRATION", status: "REJECTED", opinion: reason },
    );
    // A refused decision (no reason) tells nobody.
    const third = await createEnterprise();
    await expectNoNotice(() =>
      decide(reviewer, "ENTERPRISE_REGISTRATION", third.applicationId, 0, "reject").catch(() => undefined),
    );
  });

  it("单位名称变更 and 资质变更: each decision notifies; the enterprise's own submit and resubmit do not", async () => {
    const { actor: reviewer } = await createStaff("REVIEWER");
    const unit = await createEnterprise({ approved: true });

    let app!: { id: string };
    await expectNoNotice(async () => (app = await nameChange(unit, "杭州通途交通工程有限 公司")));
    await expectDecisionNotice(
      unit,
      app.id,
      () => decide(reviewer, "NAME_CHANGE", app.id, 0, "reject", "名称与营业执照不一致"),
      {
        kind: "NAME_CHANGE",
        status: "REJECTED",
        opinion: "名称与营业执照不一致",
      },
    );
    await expectNoNotice(() =>
      resubmitEnterpriseChange({
        actor: unit.actor,
        applicationId: app.id,
        expectedVersion: 1,
        fields: { name: "杭州通途交通工程有限公司" },
        file: null,
      }),
    );
    await expectDecisionNotice(unit, app.id, () => decide(reviewer, "NAME_CHANGE", app.id, 2, "approve"), {
      kind: "NAME_CHANGE",
      status: "APPROVED",
    });

    await editEnterprise({
      actor: unit.actor,
      fields: editFields(unit, { name: "杭州通途交通工程有限公司", qualificationLevel: "特级" }),
      licenseFile: null,
      qualificationFile: pngFile(),
    });
    const q = await db.application.findFirstOrThrow({ where: { kind: "QUALIFICATION_CHANGE" } });
    await expectDecisionNotice(
      unit,
      q.id,
      () => decide(reviewer, "QUALIFICATION_CHANGE", q.id, 0, "reject", "特级资质证书编号有误"),
      {
        kind: "QUALIFICATION_CHANGE",
        status: "REJECTED",
        opinion: "特级资质证书编号有误",
      },
    );
    await resubmitEnterpriseChange({
      actor: unit.actor,
      applicationId: q.id,
      expectedVersion: 1,
      fields: {
        qualificationType: unit.fields.qualificationType,
        qualificationLevel: "特级",
        qualificationCertNo: "D1330000001",
        qualificationExpiry: "2030-01-01",
      },
      file: null,
    });
    await expectDecisionNotice(unit, q.id, () => decide(reviewer, "QUALIFICATION_CHANGE", q.id, 2, "approve"), {
      kind: "QUALIFICATION_CHANGE",
      status: "APPROVED",
    });

    expect(await db.notification.count({ where: { accountId: unit.account.id } })).toBe(4);
    expect(await unreadNotificationCount({ actor: unit.actor })).toBe(4);
  });

  it("单位信息变更: 待考核, 核发, and both rejections name the holder and certificate; cancel notifies nobody", async () => {
    const { actor: reviewer } = await createStaff("REVIEWER");
    const { actor: assessor } = await createStaff("ASSESSOR");
    const unit = await createEnterprise({ approved: true });
    const holder = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "王建华" });
    const other = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "李明轩" });
    const renaming = await nameChange(unit, "浙江通途交通建设集团有限公司");
    await decide(reviewer, "NAME_CHANGE", renaming.id, 0, "approve");
    const about = [holder.person.name, holder.certificate.number];

    let app!: { id: string };
    await expectNoNotice(
      async () =>
        (app = await submitUnitInfoChange({
          actor: unit.actor,
          certificateId: holder.certificate.id,
          formFile: pdfFile(),
        })),
    );
    await expectDecisionNotice(
      unit,
      app.id,
      () => decide(reviewer, "UNIT_INFO_CHANGE", app.id, 0, "reject", "申请表缺少持证人签字"),
      {
        kind: "UNIT_INFO_CHANGE",
        status: "REJECTED",
        opinion: "申请表缺少持证人签字",
        mentions: about,
      },
    );
    await expectNoNotice(() =>
      resubmitUnitInfoChange({ actor: unit.actor, applicationId: app.id, expectedVersion: 1, formFile: null }),
    );
    await expectDecisionNotice(unit, app.id, () => decide(reviewer, "UNIT_INFO_CHANGE", app.id, 2, "approve"), {
      kind: "UNIT_INFO_CHANGE",
      status: "PENDING_ASSESSMENT",
      mentions: about,
    });
    await expectDecisionNotice(
      unit,
      app.id,
      () => decide(assessor, "UNIT_INFO_CHANGE", app.id, 3, "reject", "签字与本人不符"),
      {
        kind: "UNIT_INFO_CHANGE",
        status: "REJECTED",
        opinion: "签字与本人不符",
        mentions: about,
      },
    );
    await resubmitUnitInfoChange({ actor: unit.actor, applicationId: app.id, expectedVersion: 4, formFile: pdfFile() });
    await decide(reviewer, "UNIT_INFO_CHANGE", app.id, 5, "approve");
    await expectDecisionNotice(unit, app.id, () => decide(assessor, "UNIT_INFO_CHANGE", app.id, 6, "issue"), {
      kind: "UNIT_INFO_CHANGE",
      status: "APPROVED",
      mentions: about,
    });

    const second = await submitUnitInfoChange({
      actor: unit.actor,
      certificateId: other.certificate.id,
      formFile: pdfFile(),
    });
    await expectNoNotice(() =>
      decideApplication({
        kind: "UNIT_INFO_CHANGE",
        action: "cancel",
        actor: unit.actor,
        applicationId: second.id,
        expectedVersion: 0,
      }),
    );
  });

  it("after an email change, decisions are mailed to the new address", async () => {
    const { actor: reviewer } = await createStaff("REVIEWER");
    const unit = await createEnterprise({ approved: true });
    const newEmail = uniqueEmail("changed");
    await requestEmailChange({ actor: unit.actor, newEmail, ip: uniqueIp() });
    await confirmEmailChange({ actor: unit.actor, newEmail, code: await latestCodeFor(newEmail) });
    const app = await nameChange(unit, "换邮箱之后交通工程有限公司");
    await expectDecisionNotice(unit, app.id, () => decide(reviewer, "NAME_CHANGE", app.id, 0, "approve"), {
      kind: "NAME_CHANGE",
      status: "APPROVED",
      email: newEmail,
    });
  });

  it("a decision that loses a race leaves no notification or mail behind", async () => {
    const { actor: reviewerA } = await createStaff("REVIEWER");
    const { actor: reviewerB } = await createStaff("REVIEWER");
    const unit = await createEnterprise({ approved: true });
    const app = await nameChange(unit, "并发决定交通工程有限公司");
    const results = await Promise.allSettled([
      decide(reviewerA, "NAME_CHANGE", app.id, 0, "approve"),
      decide(reviewerB, "NAME_CHANGE", app.id, 0, "reject", "并发驳回"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.notification.count({ where: { applicationId: app.id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to: unit.fields.email } })).toBe(1);
  });
});

describe("unread count and mark as read", () => {
  it("are per account", async () => {
    const { actor: reviewer } = await createStaff("REVIEWER");
    const a = await createEnterprise();
    const b = await createEnterprise();
    await decide(reviewer, "ENTERPRISE_REGISTRATION", a.applicationId, 0, "reject", "材料不全");
    await decide(reviewer, "ENTERPRISE_REGISTRATION", b.applicationId, 0, "approve");

    // A resubmits its registration and is approved: two messages for A, one for B, none for staff.
    const { email: _e, ...fields } = a.fields;
    await resubmitRegistration({
      actor: a.actor,
      applicationId: a.applicationId,
      expectedVersion: 1,
      fields,
      licenseFile: null,
      qualificationFile: null,
    });
    await decide(reviewer, "ENTERPRISE_REGISTRATION", a.applicationId, 2, "approve");

    expect(await unreadNotificationCount({ actor: a.actor })).toBe(2);
    expect(await unreadNotificationCount({ actor: b.actor })).toBe(1);
    expect(await unreadNotificationCount({ actor: reviewer })).toBe(0);
    const listA = await listNotifications({ actor: a.actor });
    expect(listA.map((n) => n.title)).toEqual(["企业注册申请审核通过", "企业注册申请审核不通过"]);
    expect(listA.every((n) => n.accountId === a.account.id)).toBe(true);
    expect((await listNotifications({ actor: b.actor })).map((n) => n.accountId)).toEqual([b.account.id]);

    await markNotificationsRead({ actor: a.actor });
    expect(await unreadNotificationCount({ actor: a.actor })).toBe(0);
    expect(await unreadNotificationCount({ actor: b.actor })).toBe(1);
    const readA = await listNotifications({ actor: a.actor });
    expect(readA.every((n) => n.readAt instanceof Date)).toBe(true);
    expect((await listNotifications({ actor: b.actor }))[0].readAt).toBeNull();

    // A new message is unread again; marking again does not move the earlier read times.
    const firstReadAt = new Map(readA.map((n) => [n.id, n.readAt!.getTime()]));
    const unit = await createEnterprise({ approved: true });
    const app = await nameChange(unit, "未读计数交通工程有限公司");
    await decide(reviewer, "NAME_CHANGE", app.id, 0, "approve");
    expect(await unreadNotificationCount({ actor: unit.actor })).toBe(1);
    expect(await unreadNotificationCount({ actor: a.actor })).toBe(0);
    await new Promise((r) => setTimeout(r, 5));
    await markNotificationsRead({ actor: a.actor });
    for (const n of await listNotifications({ actor: a.actor }))
      expect(n.readAt!.getTime()).toBe(firstReadAt.get(n.id));
    // B marking its own leaves the new unit's message unread.
    await markNotificationsRead({ actor: b.actor });
    expect(await unreadNotificationCount({ actor: b.actor })).toBe(0);
    expect(await unreadNotificationCount({ actor: unit.actor })).toBe(1);
  });
});
