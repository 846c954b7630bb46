// 延续 (guide §5): from 3 months before expiry to 2 months after it (both ends inclusive) the unit
// files the signed 申请表 (+ supporting files); the 审核部门 approves (new expiry = OLD expiry + 3
// years, a RENEWED event) or rejects (the unit corrects it with 【修改】 while the window is open);
// the unit may 【取消申请】 while it waits. A renewal filed in time may be approved after the window.
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  todayInShanghai,
  toDateOnly,
  type CalendarDate,
} from "@/lib/domain/calendar-date";
import { renewalWindow, renewedExpiry } from "@/lib/domain/certificate-dates";
import { renewalPayload } from "@/lib/schemas/payloads";
import type { Actor } from "@/lib/server/auth/actor";
import { enterpriseCertificateRows, getCertificateForStaff } from "@/lib/server/certificates/queries";
import { db } from "@/lib/server/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/errors";
import { decideApplication, decideApplications } from "@/lib/server/workflow/decide-application";
import { listRenewableCertificates } from "@/lib/server/renewals/list-renewable-certificates";
import { resubmitRenewal } from "@/lib/server/renewals/resubmit-renewal";
import { submitRenewal } from "@/lib/server/renewals/submit-renewal";
import {
  createEnterprise,
  createHolderAccount,
  createPersonWithCertificate,
  createStaff,
  fileRenewal,
  pdfFile,
  pngFile,
} from "./support/factories";

const KIND = "RENEWAL" as const;

function exeFile(name = "延续申请表.pdf"): File {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  bytes.set(new TextEncoder().encode("This program cannot be run in DOS mode."), 78);
  return new File([bytes], name, { type: "application/pdf" });
}

/**
 * The latest expiry whose window is open today: its window opens today (unless month-end clamping
 * skips today, e.g. on 11-30 no window opens), and the next day's expiry opens tomorrow or later.
 */
function lastExpiryOpenBy(today: CalendarDate): CalendarDate {
  let expiry = addDays(addMonths(today, 3), 4);
  while (compareDates(renewalWindow(expiry).opens, today) > 0) expiry = addDays(expiry, -1);
  return expiry;
}

/** The earliest expiry whose window is still open today: today is its last day (closes === today, unless clamped). */
function firstExpiryOpenOn(today: CalendarDate): CalendarDate {
  let expiry = addDays(addMonths(today, -2), -4);
  while (compareDates(renewalWindow(expiry).closes, today) < 0) expiry = addDays(expiry, 1);
  return expiry;
}

/** Whether today is a day on which some window opens / closes (month-end clamping skips a few days). */
const opensExactly = (today: CalendarDate) => renewalWindow(lastExpiryOpenBy(today)).opens === today;
const closesExactly = (today: CalendarDate) => renewalWindow(firstExpiryOpenOn(today)).closes === today;

/**
 * Unit A with certificates at the window's edges (its first and last day, the day before it opens,
 * the day after it closed), one well inside, a lapsed one; unit B with one inside the window.
 */
async function setup() {
  const today = todayInShanghai();
  const unit = await createEnterprise({ approved: true });
  const other = await createEnterprise({ approved: true });
  const { actor: reviewer } = await createStaff("REVIEWER");
  const { actor: reviewer2 } = await createStaff("REVIEWER");
  const { actor: assessor } = await createStaff("ASSESSOR");
  const opening = lastExpiryOpenBy(today);
  const closing = firstExpiryOpenOn(today);
  const opensToday = await createPersonWithCertificate({
    enterprise: unit.enterprise,
    name: "王建华",
    expiresOn: opening,
  });
  const notYet = await createPersonWithCertificate({
    enterprise: unit.enterprise,
    name: "赵一鸣",
    expiresOn: addDays(opening, 1),
  });
  const lastDay = await createPersonWithCertificate({
    enterprise: unit.enterprise,
    name: "李明轩",
    expiresOn: closing,
  });
  const closed = await createPersonWithCertificate({
    enterprise: unit.enterprise,
    name: "孙立新",
    expiresOn: addDays(closing, -1),
  });
  const inside = await createPersonWithCertificate({
    enterprise: unit.enterprise,
    name: "刘晓燕",
    expiresOn: addMonths(today, 1),
  });
  const lapsed = await createPersonWithCertificate({
    enterprise: unit.enterprise,
    name: "陈志刚",
    expiresOn: addMonths(today, 1),
    status: "LAPSED",
  });
  const stranger = await createPersonWithCertificate({
    enterprise: other.enterprise,
    name: "张国强",
    expiresOn: addMonths(today, 1),
  });
  return {
    today,
    unit,
    other,
    reviewer,
    reviewer2,
    assessor,
    opensToday,
    notYet,
    lastDay,
    closed,
    inside,
    lapsed,
    stranger,
  };
}

const submit = (
  actor: Actor,
  certificateId: string,
  formFile: File | null = pdfFile("延续申请表.pdf"),
  supportingFiles: File[] = [],
  note?: string,
) => submitRenewal({ actor, certificateId, formFile, supportingFiles, note });

const decide = (
  actor: Actor,
  applicationId: string,
  expectedVersion: number,
  decision: "approve" | "reject",
  opinion?: string,
) => decideApplication({ actor, kind: KIND, applicationId, expectedVersion, action: decision, opinion });

const appById = (id: string) => db.application.findUniqueOrThrow({ where: { id } });
const certById = (id: string) => db.certificate.findUniqueOrThrow({ where: { id } });
const payloadOf = async (id: string) => renewalPayload.parse((await appById(id)).payload);

describe("listRenewableCertificates", () => {
  it("lists the unit's active certificates from the window's first day to its last, and nothing outside", async () => {
    const s = await setup();
    if (opensExactly(s.today)) expect(renewalWindow(s.opensToday.expiresOn).opens).toBe(s.today);
    if (closesExactly(s.today)) expect(renewalWindow(s.lastDay.expiresOn).closes).toBe(s.today);
    expect(compareDates(renewalWindow(s.notYet.expiresOn).opens, s.today)).toBeGreaterThan(0);
    expect(compareDates(renewalWindow(s.closed.expiresOn).closes, s.today)).toBeLessThan(0);

    const listed = await listRenewableCertificates({ actor: s.unit.actor });
    // Ordered by expiry: the last day first, the first day last.
    expect(listed.map((c) => c.id)).toEqual([
      s.lastDay.certificate.id,
      s.inside.certificate.id,
      s.opensToday.certificate.id,
    ]);
    const [last, inside, first] = listed;
    expect(last).toMatchObject({
      holderName: "李明轩",
      expiresOn: s.lastDay.expiresOn,
      status: "已过期",
      daysLeft: daysBetween(s.today, renewalWindow(s.lastDay.expiresOn).closes),
      renewal: null,
    });
    if (closesExactly(s.today)) expect(last.daysLeft).toBe(0);
    expect(inside).toMatchObject({ status: "即将到期", renewal: null });
    expect(first).toMatchObject({
      holderName: "王建华",
      status: "即将到期",
      daysLeft: daysBetween(s.today, renewalWindow(s.opensToday.expiresOn).closes),
      renewal: null,
    });
    // Masked ID number, as everywhere an enterprise sees it.
    expect(first.idNumber).not.toBe(s.opensToday.idNumber);

    // Unit B sees its own only; staff have no such list.
    expect((await listRenewableCertificates({ actor: s.other.actor })).map((c) => c.id)).toEqual([
      s.stranger.certificate.id,
    ]);
    await expect(listRenewableCertificates({ actor: s.reviewer })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("shows the renewal filed for the current expiry, and its latest status", async () => {
    const s = await setup();
    const app = await submit(s.unit.actor, s.inside.certificate.id);
    const row = async () =>
      (await listRenewableCertificates({ actor: s.unit.actor })).find((c) => c.id === s.inside.certificate.id);
    expect((await row())?.renewal).toEqual({ id: app.id, status: "PENDING_REVIEW" });
    expect((await row())?.status).toBe("即将到期");
    await decide(s.reviewer, app.id, 0, "reject", "申请表未盖章");
    expect((await row())?.renewal).toEqual({ id: app.id, status: "REJECTED" });
    await resubmitRenewal({
      actor: s.unit.actor,
      applicationId: app.id,
      expectedVersion: 1,
      formFile: null,
      supportingFiles: [],
    });
    expect((await row())?.renewal).toEqual({ id: app.id, status: "PENDING_REVIEW" });
  });
});

describe("submitRenewal", () => {
  it("on the window's first and last day: a 待审核 application bound to holder and certificate, with the expiry it extends", async () => {
    const s = await setup();
    for (const c of [s.opensToday, s.lastDay]) {
      const app = await submit(
        s.unit.actor,
        c.certificate.id,
        pdfFile("延续申请表.pdf"),
        [pngFile("安全生产教育培训证明.png")],
        "已参加继续教育",
      );
      expect(app).toMatchObject({ status: "PENDING_REVIEW", version: 0 });
      expect(await appById(app.id)).toMatchObject({
        kind: KIND,
        status: "PENDING_REVIEW",
        enterpriseId: s.unit.enterprise.id,
        personId: c.person.id,
        certificateId: c.certificate.id,
        decidedAt: null,
      });
      const payload = await payloadOf(app.id);
      expect(payload).toEqual({
        formFileId: expect.any(String),
        supportingFileIds: [expect.any(String)],
        expiresOn: c.expiresOn,
        note: "已参加继续教育",
      });
      expect(await db.storedFile.findUniqueOrThrow({ where: { id: payload.formFileId } })).toMatchObject({
        enterpriseId: s.unit.enterprise.id,
        uploadedById: s.unit.account.id,
        mimeType: "application/pdf",
      });
      expect(await db.storedFile.findUniqueOrThrow({ where: { id: payload.supportingFileIds[0] } })).toMatchObject({
        mimeType: "image/png",
      });
      expect(await db.applicationEvent.findMany({ where: { applicationId: app.id } })).toMatchObject([
        { action: "submit", toStatus: "PENDING_REVIEW", actorRole: "ENTERPRISE", actorId: s.unit.account.id },
      ]);
      // Nothing changes on the certificate until it is approved.
      expect(await certById(c.certificate.id)).toMatchObject({ version: 0, status: "ACTIVE" });
    }
  });

  it("requires the 申请表 (checked by content, not name) and at most 5 supporting files; a refusal leaves no file behind", async () => {
    const s = await setup();
    const files = await db.storedFile.count();

    const missing = submit(s.unit.actor, s.inside.certificate.id, null);
    await expect(missing).rejects.toBeInstanceOf(InvalidInputError);
    await expect(missing).rejects.toMatchObject({ fieldErrors: { formFile: [expect.stringContaining("申请表")] } });

    const exe = submit(s.unit.actor, s.inside.certificate.id, exeFile());
    await expect(exe).rejects.toBeInstanceOf(InvalidInputError);
    await expect(exe).rejects.toMatchObject({
      fieldErrors: { formFile: [expect.stringContaining("不是 PDF、JPG 或 PNG")] },
    });

    // A bad supporting file after a good 申请表: the 申请表 already stored is discarded too.
    const badSupport = submit(s.unit.actor, s.inside.certificate.id, pdfFile("延续申请表.pdf"), [
      pngFile(),
      exeFile("培训证明.pdf"),
    ]);
    await expect(badSupport).rejects.toMatchObject({
      fieldErrors: { supportingFiles: [expect.stringContaining("不是 PDF、JPG 或 PNG")] },
    });

    const tooMany = submit(
      s.unit.actor,
      s.inside.certificate.id,
      pdfFile(),
      Array.from({ length: 6 }, () => pngFile()),
    );
    await expect(tooMany).rejects.toMatchObject({
      fieldErrors: { supportingFiles: [expect.stringContaining("最多5个")] },
    });

    expect(await db.application.count({ where: { kind: KIND } })).toBe(0);
    expect(await db.storedFile.count()).toBe(files);
    // Five is fine.
    await submit(
      s.unit.actor,
      s.inside.certificate.id,
      pdfFile(),
      Array.from({ length: 5 }, () => pngFile()),
    );
    expect(await db.storedFile.count()).toBe(files + 6);
  });

  it("refuses outside the window (the day before it opens, the day after it closed) with InvalidInputError", async () => {
    const s = await setup();
    for (const c of [s.notYet, s.closed]) {
      const attempt = submit(s.unit.actor, c.certificate.id);
      await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
      await expect(attempt).rejects.toThrow("不在可申请延续的期限内");
    }
    expect(await db.application.count({ where: { kind: KIND } })).toBe(0);
  });

  it("another unit's certificate, a lapsed one or a malformed id is NotFoundError; staff and holders are forbidden", async () => {
    const s = await setup();
    const holder = await createHolderAccount(s.inside.person);
    const files = await db.storedFile.count();
    await expect(submit(s.unit.actor, s.stranger.certificate.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submit(s.other.actor, s.inside.certificate.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submit(s.unit.actor, s.lapsed.certificate.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submit(s.unit.actor, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(submit(s.reviewer, s.inside.certificate.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submit(holder.actor, s.inside.certificate.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.application.count({ where: { kind: KIND } })).toBe(0);
    expect(await db.storedFile.count()).toBe(files);
  });

  it("one open renewal per certificate: a second is a ConflictError (its uploads discarded); two at once → one", async () => {
    const s = await setup();
    await submit(s.unit.actor, s.inside.certificate.id);
    const files = await db.storedFile.count();
    const second = submit(s.unit.actor, s.inside.certificate.id, pdfFile(), [pngFile()]);
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(second).rejects.toThrow("已有办理中的同类申请");
    expect(await db.application.count({ where: { kind: KIND, certificateId: s.inside.certificate.id } })).toBe(1);
    expect(await db.storedFile.count()).toBe(files);

    const results = await Promise.allSettled([
      submit(s.unit.actor, s.opensToday.certificate.id),
      submit(s.unit.actor, s.opensToday.certificate.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(
      ConflictError,
    );
    expect(await db.application.count({ where: { kind: KIND, certificateId: s.opensToday.certificate.id } })).toBe(1);
  });
});

describe("approval", () => {
  it("reviewer approves: expiry = OLD expiry + 3 years, a RENEWED event, the unit and the holder notified", async () => {
    const s = await setup();
    const holder = await createHolderAccount(s.lastDay.person);
    const app = await submit(s.unit.actor, s.lastDay.certificate.id);

    // Only the 审核部门 decides a renewal; a reason is needed to reject.
    await expect(decide(s.assessor, app.id, 0, "approve")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decide(s.unit.actor, app.id, 0, "approve")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decide(s.reviewer, app.id, 0, "reject")).rejects.toMatchObject({
      fieldErrors: { opinion: [expect.any(String)] },
    });
    await expect(decide(s.reviewer, app.id, 3, "approve")).rejects.toBeInstanceOf(ConflictError);
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_REVIEW", version: 0 });

    expect(await decide(s.reviewer, app.id, 0, "approve")).toMatchObject({ status: "APPROVED", version: 1 });
    const decided = await appById(app.id);
    expect(decided.status).toBe("APPROVED");
    expect(decided.decidedAt).toBeInstanceOf(Date);

    const old = s.lastDay.expiresOn;
    const renewed = addYears(old, 3);
    expect(renewedExpiry(old)).toBe(renewed);
    expect(renewed).not.toBe(addYears(s.today, 3));
    const after = await certById(s.lastDay.certificate.id);
    expect(toDateOnly(after.expiresOn)).toBe(renewed);
    expect(after).toMatchObject({
      status: "ACTIVE",
      number: s.lastDay.certificate.number,
      version: 1,
      enterpriseId: s.unit.enterprise.id,
    });
    expect(toDateOnly(after.issuedOn)).toBe(s.lastDay.issuedOn);

    const events = await db.certificateEvent.findMany({
      where: { certificateId: s.lastDay.certificate.id, kind: "RENEWED" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ applicationId: app.id, actorId: s.reviewer.accountId, actorRole: "REVIEWER" });
    expect(events[0].changes).toEqual({ expiresOn: [old, renewed] });
    const history = await getCertificateForStaff({ actor: s.reviewer, certificateId: s.lastDay.certificate.id });
    expect(history.events.map((e) => e.kind)).toEqual(["ISSUED", "RENEWED"]);
    expect(history.status).toBe("有效");

    // The unit (bell + mail) and the registered holder hear of it.
    const unitNote = await db.notification.findFirstOrThrow({
      where: { accountId: s.unit.account.id, applicationId: app.id },
    });
    expect(unitNote.title).toBe("证书延续申请审核通过");
    expect(unitNote.body).toContain(s.lastDay.certificate.number);
    expect(await db.notification.count({ where: { accountId: holder.account.id, applicationId: app.id } })).toBe(1);
    expect(
      await db.outboxMessage.count({
        where: { to: s.unit.fields.email, subject: { contains: "证书延续申请审核通过" } },
      }),
    ).toBe(1);
    expect(
      await db.outboxMessage.count({ where: { to: holder.email, subject: { contains: "证书延续申请审核通过" } } }),
    ).toBe(1);

    // The certificate leaves the renewable list (its new window is years away) and shows 有效.
    expect((await listRenewableCertificates({ actor: s.unit.actor })).map((c) => c.id)).not.toContain(
      s.lastDay.certificate.id,
    );
    const row = (await enterpriseCertificateRows(s.unit.actor, {})).find((r) => r.id === s.lastDay.certificate.id);
    expect(row).toMatchObject({ status: "有效", expiresOn: renewed });
    // Approving again is a conflict; a resubmission is refused (the certificate is renewed, no longer in its window).
    await expect(decide(s.reviewer, app.id, 1, "approve")).rejects.toBeInstanceOf(ConflictError);
    await expect(
      resubmitRenewal({
        actor: s.unit.actor,
        applicationId: app.id,
        expectedVersion: 1,
        formFile: null,
        supportingFiles: [],
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(await db.certificateEvent.count({ where: { kind: "RENEWED" } })).toBe(1);
  });

  it("approved on the window's first day: counted from the old expiry, months ahead of today", async () => {
    const s = await setup();
    const app = await submit(s.unit.actor, s.opensToday.certificate.id);
    await decide(s.reviewer, app.id, 0, "approve");
    expect(toDateOnly((await certById(s.opensToday.certificate.id)).expiresOn)).toBe(
      addYears(s.opensToday.expiresOn, 3),
    );
    expect(compareDates(addYears(s.opensToday.expiresOn, 3), addYears(s.today, 3))).toBeGreaterThan(0);
  });

  it("a renewal filed in time may still be approved after the window closed", async () => {
    const s = await setup();
    // Filed on its last day, 10 days ago; still 待审核.
    const late = await createPersonWithCertificate({
      enterprise: s.unit.enterprise,
      name: "周海涛",
      expiresOn: addDays(s.closed.expiresOn, -10),
    });
    const app = await fileRenewal(s.unit, late.certificate, late.expiresOn);
    const shown = async () =>
      (await enterpriseCertificateRows(s.unit.actor, {})).find((r) => r.id === late.certificate.id)?.status;
    expect(await shown()).toBe("已过期");

    await decide(s.reviewer, app.id, 0, "approve");
    const after = await certById(late.certificate.id);
    expect(after.status).toBe("ACTIVE");
    expect(toDateOnly(after.expiresOn)).toBe(addYears(late.expiresOn, 3));
    expect(await shown()).toBe("有效");
    expect(await db.certificateEvent.count({ where: { certificateId: late.certificate.id, kind: "RENEWED" } })).toBe(1);
  });

  it("approval fails (and changes nothing) if the certificate has become 失效 meanwhile", async () => {
    const s = await setup();
    const app = await submit(s.unit.actor, s.inside.certificate.id);
    await db.certificate.update({ where: { id: s.inside.certificate.id }, data: { status: "LAPSED" } });
    const attempt = decide(s.reviewer, app.id, 0, "approve");
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_REVIEW", version: 0 });
    expect(toDateOnly((await certById(s.inside.certificate.id)).expiresOn)).toBe(s.inside.expiresOn);
    expect(await db.certificateEvent.count({ where: { kind: "RENEWED" } })).toBe(0);
    expect(await db.notification.count({ where: { applicationId: app.id } })).toBe(0);
  });
});

describe("the holder left the unit", () => {
  it("approval fails (and changes nothing) if the certificate left the unit meanwhile", async () => {
    const s = await setup();
    const app = await submit(s.unit.actor, s.inside.certificate.id);
    await db.certificate.update({
      where: { id: s.inside.certificate.id },
      data: { enterpriseId: null, unitName: null },
    });
    await expect(decide(s.reviewer, app.id, 0, "approve")).rejects.toThrow("该证书已不在该单位名下");
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_REVIEW", version: 0 });
    expect(toDateOnly((await certById(s.inside.certificate.id)).expiresOn)).toBe(s.inside.expiresOn);
  });
});

describe("rejection and 【修改】", () => {
  it("reject (reason to the unit) → resubmitted with the files kept and a supporting file appended → approved once", async () => {
    const s = await setup();
    const app = await submit(
      s.unit.actor,
      s.inside.certificate.id,
      pdfFile("延续申请表.pdf"),
      [pngFile("培训证明.png")],
      "首次提交",
    );
    const first = await payloadOf(app.id);

    await decide(s.reviewer, app.id, 0, "reject", "缺少安全生产教育培训证明");
    expect(await appById(app.id)).toMatchObject({ status: "REJECTED", version: 1 });
    const rejection = await db.notification.findFirstOrThrow({
      where: { accountId: s.unit.account.id, applicationId: app.id },
    });
    expect(rejection.title).toBe("证书延续申请审核不通过");
    expect(rejection.body).toContain("缺少安全生产教育培训证明");
    // A rejection within the window changes nothing on the certificate.
    expect(await certById(s.inside.certificate.id)).toMatchObject({ status: "ACTIVE", version: 0 });

    // 【修改】 needs the current version, and the application's own unit.
    await expect(
      resubmitRenewal({
        actor: s.unit.actor,
        applicationId: app.id,
        expectedVersion: 0,
        formFile: null,
        supportingFiles: [],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      resubmitRenewal({
        actor: s.other.actor,
        applicationId: app.id,
        expectedVersion: 1,
        formFile: null,
        supportingFiles: [pngFile()],
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      resubmitRenewal({
        actor: s.unit.actor,
        applicationId: app.id,
        expectedVersion: 1,
        formFile: exeFile(),
        supportingFiles: [],
      }),
    ).rejects.toMatchObject({ fieldErrors: { formFile: [expect.any(String)] } });
    expect(await appById(app.id)).toMatchObject({ status: "REJECTED", version: 1 });

    // A returned renewal is corrected with 【修改】, not filed a second time.
    const refile = submit(s.unit.actor, s.inside.certificate.id);
    await expect(refile).rejects.toBeInstanceOf(InvalidInputError);
    await expect(refile).rejects.toThrow("被退回的延续申请");
    expect(await db.application.count({ where: { kind: KIND } })).toBe(1);

    const files = await db.storedFile.count();
    expect(
      await resubmitRenewal({
        actor: s.unit.actor,
        applicationId: app.id,
        expectedVersion: 1,
        formFile: null,
        supportingFiles: [pdfFile("继续教育证明.pdf")],
        note: "已补充培训证明",
      }),
    ).toMatchObject({ status: "PENDING_REVIEW", version: 2 });
    expect(await db.storedFile.count()).toBe(files + 1);
    const second = await payloadOf(app.id);
    expect(second.formFileId).toBe(first.formFileId);
    expect(second.supportingFileIds).toHaveLength(2);
    expect(second.supportingFileIds[0]).toBe(first.supportingFileIds[0]);
    expect(second).toEqual({
      formFileId: first.formFileId,
      supportingFileIds: second.supportingFileIds,
      expiresOn: s.inside.expiresOn,
      note: "已补充培训证明",
    });
    expect(await appById(app.id)).toMatchObject({ status: "PENDING_REVIEW", decidedAt: null });
    // Resubmitting what is already 待审核 is refused.
    await expect(
      resubmitRenewal({
        actor: s.unit.actor,
        applicationId: app.id,
        expectedVersion: 2,
        formFile: null,
        supportingFiles: [],
      }),
    ).rejects.toBeInstanceOf(ConflictError);

    await decide(s.reviewer, app.id, 2, "approve");
    expect(toDateOnly((await certById(s.inside.certificate.id)).expiresOn)).toBe(addYears(s.inside.expiresOn, 3));
    expect(
      (await db.applicationEvent.findMany({ where: { applicationId: app.id }, orderBy: { at: "asc" } })).map(
        (e) => e.action,
      ),
    ).toEqual(["submit", "reject", "resubmit", "approve"]);
    expect(
      await db.certificateEvent.count({ where: { certificateId: s.inside.certificate.id, kind: "RENEWED" } }),
    ).toBe(1);
  });

  it("at most 5 supporting files per renewal, counting those already attached", async () => {
    const s = await setup();
    const app = await submit(s.unit.actor, s.inside.certificate.id, pdfFile(), [pngFile(), pngFile(), pngFile()]);
    await decide(s.reviewer, app.id, 0, "reject", "证明材料不清晰");
    const files = await db.storedFile.count();
    const tooMany = resubmitRenewal({
      actor: s.unit.actor,
      applicationId: app.id,
      expectedVersion: 1,
      formFile: pdfFile(),
      supportingFiles: [pngFile(), pngFile(), pngFile()],
    });
    await expect(tooMany).rejects.toMatchObject({
      fieldErrors: { supportingFiles: [expect.stringContaining("最多5个")] },
    });
    expect(await db.storedFile.count()).toBe(files);
    expect(await appById(app.id)).toMatchObject({ status: "REJECTED", version: 1 });
    await resubmitRenewal({
      actor: s.unit.actor,
      applicationId: app.id,
      expectedVersion: 1,
      formFile: null,
      supportingFiles: [pngFile(), pngFile()],
    });
    expect((await payloadOf(app.id)).supportingFileIds).toHaveLength(5);
  });

  it("a new 申请表 replaces the old one on resubmission; the note is what the unit sends now", async () => {
    const s = await setup();
    const app = await submit(s.unit.actor, s.inside.certificate.id, pdfFile(), [], "旧备注");
    const first = await payloadOf(app.id);
    await decide(s.reviewer, app.id, 0, "reject", "扫描件不清晰");
    await resubmitRenewal({
      actor: s.unit.actor,
      applicationId: app.id,
      expectedVersion: 1,
      formFile: pngFile("延续申请表-清晰.png"),
      supportingFiles: [],
      note: "已重新扫描",
    });
    const second = await payloadOf(app.id);
    expect(second.formFileId).not.toBe(first.formFileId);
    expect((await db.storedFile.findUniqueOrThrow({ where: { id: second.formFileId } })).mimeType).toBe("image/png");
    expect(second).toMatchObject({ supportingFileIds: [], note: "已重新扫描", expiresOn: s.inside.expiresOn });
    // A blank note clears it: the note is what the unit sends with this submission.
    await decide(s.reviewer, app.id, 2, "reject", "仍不清晰");
    await resubmitRenewal({
      actor: s.unit.actor,
      applicationId: app.id,
      expectedVersion: 3,
      formFile: null,
      supportingFiles: [],
      note: "  ",
    });
    expect((await payloadOf(app.id)).note).toBeUndefined();
    expect((await payloadOf(app.id)).formFileId).toBe(second.formFileId);
  });

  it("rejected after the window closed: 【修改】 is refused, the certificate shows 失效", async () => {
    const s = await setup();
    const late = await createPersonWithCertificate({
      enterprise: s.unit.enterprise,
      name: "周海涛",
      expiresOn: s.closed.expiresOn,
    });
    const app = await fileRenewal(s.unit, late.certificate, late.expiresOn);
    const shown = async () =>
      (await enterpriseCertificateRows(s.unit.actor, {})).find((r) => r.id === late.certificate.id)?.status;
    expect(await shown()).toBe("已过期");
    await decide(s.reviewer, app.id, 0, "reject", "培训学时不足");
    expect(await shown()).toBe("失效");
    const attempt = resubmitRenewal({
      actor: s.unit.actor,
      applicationId: app.id,
      expectedVersion: 1,
      formFile: null,
      supportingFiles: [pngFile()],
    });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toThrow("不在可申请延续的期限内");
    await expect(submit(s.unit.actor, late.certificate.id)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await appById(app.id)).toMatchObject({ status: "REJECTED", version: 1 });
  });
});

describe("【取消申请】 a renewal", () => {
  it("cancels while 待审核, then the unit may file again; not twice, not stale, not by staff or another unit", async () => {
    const s = await setup();
    const app = await submit(s.unit.actor, s.inside.certificate.id);

    await expect(
      decideApplication({
        kind: "RENEWAL",
        action: "cancel",
        actor: s.reviewer,
        applicationId: app.id,
        expectedVersion: 0,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      decideApplication({
        kind: "RENEWAL",
        action: "cancel",
        actor: s.other.actor,
        applicationId: app.id,
        expectedVersion: 0,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      decideApplication({
        kind: "RENEWAL",
        action: "cancel",
        actor: s.unit.actor,
        applicationId: app.id,
        expectedVersion: 4,
      }),
    ).rejects.toBeInstanceOf(ConflictError);

    expect(
      await decideApplication({
        kind: "RENEWAL",
        action: "cancel",
        actor: s.unit.actor,
        applicationId: app.id,
        expectedVersion: 0,
      }),
    ).toMatchObject({ status: "CANCELLED", version: 1 });
    const cancelled = await appById(app.id);
    expect(cancelled).toMatchObject({ status: "CANCELLED", version: 1 });
    expect(cancelled.decidedAt).toBeInstanceOf(Date);
    expect(
      await db.applicationEvent.findFirstOrThrow({ where: { applicationId: app.id, action: "cancel" } }),
    ).toMatchObject({
      fromStatus: "PENDING_REVIEW",
      toStatus: "CANCELLED",
      actorId: s.unit.account.id,
    });
    expect(await db.notification.count({ where: { applicationId: app.id } })).toBe(0);
    const again = decideApplication({
      kind: "RENEWAL",
      action: "cancel",
      actor: s.unit.actor,
      applicationId: app.id,
      expectedVersion: 1,
    });
    await expect(again).rejects.toBeInstanceOf(ConflictError);
    await expect(again).rejects.toThrow("已撤回或取消");
    // A cancelled one is not decided, nor resubmitted.
    await expect(decide(s.reviewer, app.id, 1, "approve")).rejects.toBeInstanceOf(ConflictError);
    await expect(
      resubmitRenewal({
        actor: s.unit.actor,
        applicationId: app.id,
        expectedVersion: 1,
        formFile: null,
        supportingFiles: [],
      }),
    ).rejects.toBeInstanceOf(ConflictError);

    const fresh = await submit(s.unit.actor, s.inside.certificate.id);
    expect(fresh.id).not.toBe(app.id);
    expect(
      (await listRenewableCertificates({ actor: s.unit.actor })).find((c) => c.id === s.inside.certificate.id)?.renewal,
    ).toEqual({
      id: fresh.id,
      status: "PENDING_REVIEW",
    });
    await decide(s.reviewer, fresh.id, 0, "approve");
    expect(toDateOnly((await certById(s.inside.certificate.id)).expiresOn)).toBe(addYears(s.inside.expiresOn, 3));
    // Once approved it cannot be cancelled.
    await expect(
      decideApplication({
        kind: "RENEWAL",
        action: "cancel",
        actor: s.unit.actor,
        applicationId: fresh.id,
        expectedVersion: 1,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("batch approval", () => {
  it("decideApplications with a mix: approved, already rejected, cancelled, certificate lapsed — per-row results", async () => {
    const s = await setup();
    const fifth = await createPersonWithCertificate({
      enterprise: s.unit.enterprise,
      name: "吴国栋",
      expiresOn: addMonths(s.today, 2),
    });
    const a1 = await submit(s.unit.actor, s.inside.certificate.id);
    const a2 = await submit(s.unit.actor, s.opensToday.certificate.id);
    const a3 = await submit(s.unit.actor, s.lastDay.certificate.id);
    const a4 = await submit(s.unit.actor, fifth.certificate.id);
    const a5 = await submit(s.other.actor, s.stranger.certificate.id);
    await decide(s.reviewer2, a2.id, 0, "reject", "材料不全");
    await decideApplication({
      kind: "RENEWAL",
      action: "cancel",
      actor: s.unit.actor,
      applicationId: a3.id,
      expectedVersion: 0,
    });
    await db.certificate.update({ where: { id: fifth.certificate.id }, data: { status: "LAPSED" } });

    const results = await decideApplications({
      actor: s.reviewer,
      kind: KIND,
      action: "approve",
      items: [a1, a2, a3, a4, a5].map((a) => ({ applicationId: a.id, expectedVersion: 0 })),
    });
    expect(results).toEqual([
      { id: a1.id, ok: true },
      { id: a2.id, ok: false, message: expect.stringContaining("该申请已被他人处理") },
      { id: a3.id, ok: false, message: expect.stringContaining("已撤回或取消") },
      { id: a4.id, ok: false, message: expect.stringContaining("已失效") },
      { id: a5.id, ok: true },
    ]);
    expect(toDateOnly((await certById(s.inside.certificate.id)).expiresOn)).toBe(addYears(s.inside.expiresOn, 3));
    expect(toDateOnly((await certById(s.stranger.certificate.id)).expiresOn)).toBe(addYears(s.stranger.expiresOn, 3));
    expect(toDateOnly((await certById(s.opensToday.certificate.id)).expiresOn)).toBe(s.opensToday.expiresOn);
    expect(toDateOnly((await certById(s.lastDay.certificate.id)).expiresOn)).toBe(s.lastDay.expiresOn);
    expect(toDateOnly((await certById(fifth.certificate.id)).expiresOn)).toBe(fifth.expiresOn);
    expect(await appById(a2.id)).toMatchObject({ status: "REJECTED", version: 1 });
    expect(await appById(a3.id)).toMatchObject({ status: "CANCELLED", version: 1 });
    expect(await appById(a4.id)).toMatchObject({ status: "PENDING_REVIEW", version: 0 });
    expect(await db.certificateEvent.count({ where: { kind: "RENEWED" } })).toBe(2);

    // Not for an assessor or an enterprise: no renewal's table lets them approve, so nothing is tried.
    await expect(
      decideApplications({
        actor: s.assessor,
        kind: KIND,
        action: "approve",
        items: [{ applicationId: a4.id, expectedVersion: 0 }],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      decideApplications({
        actor: s.unit.actor,
        kind: KIND,
        action: "approve",
        items: [{ applicationId: a4.id, expectedVersion: 0 }],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await appById(a4.id)).toMatchObject({ status: "PENDING_REVIEW", version: 0 });
  });
});
