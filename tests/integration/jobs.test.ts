// The daily jobs (run by the worker, each idempotent): lapseCertificates marks certificates whose
// renewal window closed with no renewal pending 失效 (LAPSED + a LAPSED history row);
// sendRenewalReminders mails the unit (and the holder, if registered) 90, 30 and 7 days before the
// window closes when no renewal is filed. Both take `today`, so the edges are tested by date.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  formatChineseDate,
  fromDateOnly,
  todayInShanghai,
  toDateOnly,
  type CalendarDate,
} from "@/lib/domain/calendar-date";
import { renewalWindow } from "@/lib/domain/certificate-dates";
import {
  enterpriseCertificateRows,
  getCertificateForStaff,
  listInclude,
  presentCertificate,
} from "@/lib/server/certificates/queries";
import { db } from "@/lib/server/db";
import { InvalidInputError } from "@/lib/server/errors";
import { runDailyJobs } from "@/lib/server/jobs/daily-jobs";
import { lapseCertificates } from "@/lib/server/jobs/lapse-certificates";
import { purgeStaleRecords } from "@/lib/server/jobs/purge-stale-records";
import { sendRenewalReminders } from "@/lib/server/jobs/renewal-reminders";
import { decideApplication } from "@/lib/server/workflow/decide-application";
import { resubmitRenewal } from "@/lib/server/renewals/resubmit-renewal";
import {
  createCertificateFor,
  createEnterprise,
  createHolderAccount,
  createPersonWithCertificate,
  createStaff,
  fileRenewal,
  pngFile,
} from "./support/factories";

/** The expiry whose window closed exactly yesterday: today is 2 months + 1 day past it (unclamped). */
function expiryClosedYesterday(today: CalendarDate): CalendarDate {
  let expiry = addDays(addMonths(today, -2), 4);
  while (renewalWindow(expiry).closes >= today) expiry = addDays(expiry, -1);
  return expiry;
}

const lapsedEvents = (certificateId?: string) =>
  db.certificateEvent.count({ where: { kind: "LAPSED", ...(certificateId ? { certificateId } : {}) } });
const certById = (id: string) => db.certificate.findUniqueOrThrow({ where: { id } });
const mailsTo = (to: string) => db.outboxMessage.count({ where: { to } });

describe("lapseCertificates", () => {
  async function setup() {
    const today = todayInShanghai();
    const unit = await createEnterprise({ approved: true });
    const { actor: reviewer } = await createStaff("REVIEWER");
    const pastExpiry = expiryClosedYesterday(today);
    const past = await createPersonWithCertificate({
      enterprise: unit.enterprise,
      name: "孙立新",
      expiresOn: pastExpiry,
    });
    const lastDay = await createPersonWithCertificate({
      enterprise: unit.enterprise,
      name: "李明轩",
      expiresOn: addDays(pastExpiry, 1),
    });
    const pending = await createPersonWithCertificate({
      enterprise: unit.enterprise,
      name: "王建华",
      expiresOn: pastExpiry,
    });
    const renewal = await fileRenewal(unit, pending.certificate, pending.expiresOn);
    const longAgo = await createPersonWithCertificate({
      enterprise: unit.enterprise,
      name: "赵一鸣",
      expiresOn: addMonths(today, -14),
    });
    const valid = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "刘晓燕" });
    const revoked = await createPersonWithCertificate({
      enterprise: unit.enterprise,
      name: "陈志刚",
      expiresOn: pastExpiry,
      status: "REVOKED",
    });
    return { today, unit, reviewer, past, lastDay, pending, renewal, longAgo, valid, revoked };
  }

  it("marks a certificate 2 months + 1 day past expiry 失效 with a LAPSED event; the last day, a pending renewal, a valid or revoked one are left alone", async () => {
    const s = await setup();
    // (On the few days month-end clamping skips, no window closes exactly yesterday / today.)
    const lastDayCloses = renewalWindow(s.lastDay.expiresOn).closes;
    if (addMonths(addMonths(s.today, -2), 2) === s.today) {
      expect(lastDayCloses).toBe(s.today);
      expect(addDays(renewalWindow(s.past.expiresOn).closes, 1)).toBe(s.today);
    }

    expect(await lapseCertificates(s.today)).toBe(2);
    expect(await certById(s.past.certificate.id)).toMatchObject({ status: "LAPSED", version: 1 });
    expect(await certById(s.longAgo.certificate.id)).toMatchObject({ status: "LAPSED", version: 1 });
    for (const c of [s.lastDay, s.pending, s.valid])
      expect(await certById(c.certificate.id)).toMatchObject({ status: "ACTIVE", version: 0 });
    expect(await certById(s.revoked.certificate.id)).toMatchObject({ status: "REVOKED", version: 0 });

    const events = await db.certificateEvent.findMany({
      where: { certificateId: s.past.certificate.id, kind: "LAPSED" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, applicationId: null });
    expect(events[0].changes).toEqual({ status: ["ACTIVE", "LAPSED"] });
    const history = await getCertificateForStaff({ actor: s.reviewer, certificateId: s.past.certificate.id });
    expect(history.events.map((e) => e.kind)).toEqual(["ISSUED", "LAPSED"]);
    expect(history.status).toBe("失效");

    // Run twice (or again the next day): one effect.
    expect(await lapseCertificates(s.today)).toBe(0);
    // The day after, the last-day one goes too.
    const tomorrowLapses = lastDayCloses < addDays(s.today, 1) ? 1 : 0;
    expect(await lapseCertificates(addDays(s.today, 1))).toBe(tomorrowLapses);
    expect(await lapsedEvents(s.past.certificate.id)).toBe(1);
    expect(await lapsedEvents()).toBe(2 + tomorrowLapses);
    expect(await certById(s.past.certificate.id)).toMatchObject({ status: "LAPSED", version: 1 });
    expect(await certById(s.pending.certificate.id)).toMatchObject({ status: "ACTIVE" });
  });

  it("concurrent runs lapse each certificate once", async () => {
    const s = await setup();
    const results = await Promise.all([
      lapseCertificates(s.today),
      lapseCertificates(s.today),
      lapseCertificates(s.today),
    ]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await lapsedEvents()).toBe(2);
  });

  it("shows 已过期 while a renewal is pending past the window; once it is rejected, 失效 — and the next run lapses it", async () => {
    const s = await setup();
    const shown = async (id: string) =>
      (await enterpriseCertificateRows(s.unit.actor, {})).find((r) => r.id === id)?.status;
    await lapseCertificates(s.today);
    expect(await shown(s.pending.certificate.id)).toBe("已过期");
    expect(await shown(s.past.certificate.id)).toBe("失效");
    expect(await shown(s.lastDay.certificate.id)).toBe("已过期");
    expect((await enterpriseCertificateRows(s.unit.actor, { status: "失效" })).map((r) => r.holderName).sort()).toEqual(
      ["孙立新", "赵一鸣"].sort(),
    );
    const row = await db.certificate.findUniqueOrThrow({
      where: { id: s.pending.certificate.id },
      include: listInclude,
    });
    expect(presentCertificate(row, s.today).status).toBe("已过期");

    await decideApplication({
      actor: s.reviewer,
      kind: "RENEWAL",
      applicationId: s.renewal.id,
      expectedVersion: 0,
      action: "reject",
      opinion: "培训证明不符合要求",
    });
    // Finally rejected: the window is closed, so it cannot be corrected.
    await expect(
      resubmitRenewal({
        actor: s.unit.actor,
        applicationId: s.renewal.id,
        expectedVersion: 1,
        formFile: null,
        supportingFiles: [pngFile()],
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    // Shown 失效 at once (computed), stored LAPSED by the next run.
    expect(await shown(s.pending.certificate.id)).toBe("失效");
    expect((await certById(s.pending.certificate.id)).status).toBe("ACTIVE");
    expect(await lapseCertificates(s.today)).toBe(1);
    expect(await certById(s.pending.certificate.id)).toMatchObject({ status: "LAPSED", version: 1 });
    expect(await lapsedEvents(s.pending.certificate.id)).toBe(1);
    expect(await shown(s.pending.certificate.id)).toBe("失效");
    expect(await lapseCertificates(s.today)).toBe(0);
    expect(await lapsedEvents(s.pending.certificate.id)).toBe(1);
  });

  it("a renewal cancelled after the window closed no longer protects the certificate", async () => {
    const s = await setup();
    await decideApplication({
      kind: "RENEWAL",
      action: "cancel",
      actor: s.unit.actor,
      applicationId: s.renewal.id,
      expectedVersion: 0,
    });
    expect(await lapseCertificates(s.today)).toBe(3);
    expect(await certById(s.pending.certificate.id)).toMatchObject({ status: "LAPSED" });
  });

  it("month ends: lapses on the day after the clamped last day (06-30 → closes 08-30, lapses 08-31; 02-28 → 04-28, lapses 04-29)", async () => {
    const unit = await createEnterprise({ approved: true });
    const june = await createPersonWithCertificate({
      enterprise: unit.enterprise,
      issuedOn: "2024-06-30",
      expiresOn: "2027-06-30",
    });
    const feb = await createPersonWithCertificate({
      enterprise: unit.enterprise,
      issuedOn: "2024-02-28",
      expiresOn: "2027-02-28",
    });
    expect(renewalWindow("2027-06-30").closes).toBe("2027-08-30");
    expect(renewalWindow("2027-02-28").closes).toBe("2027-04-28");

    expect(await lapseCertificates("2027-04-28")).toBe(0);
    expect(await lapseCertificates("2027-04-29")).toBe(1);
    expect(await certById(feb.certificate.id)).toMatchObject({ status: "LAPSED" });
    expect(await lapseCertificates("2027-08-30")).toBe(0);
    expect(await lapseCertificates("2027-08-31")).toBe(1);
    expect(await certById(june.certificate.id)).toMatchObject({ status: "LAPSED" });
  });
});

describe("sendRenewalReminders", () => {
  /** A unit with two certificates expiring the same day: one holder registered, one not. */
  async function setup() {
    const unit = await createEnterprise({ approved: true });
    const expiresOn = addMonths(todayInShanghai(), 6);
    const closes = renewalWindow(expiresOn).closes;
    const registered = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "王建华", expiresOn });
    const holder = await createHolderAccount(registered.person);
    const unregistered = await createPersonWithCertificate({ enterprise: unit.enterprise, name: "李明轩", expiresOn });
    const unitEmail = unit.fields.email;
    return { unit, expiresOn, closes, registered, holder, unregistered, unitEmail };
  }

  it("90, 30 and 7 days before the window closes: one mail (and bell note) to the unit per certificate and one to the registered holder, per stage", async () => {
    const s = await setup();
    const at = (daysBefore: number) => sendRenewalReminders(addDays(s.closes, -daysBefore));
    const counts = async () => ({
      unit: await mailsTo(s.unitEmail),
      holder: await mailsTo(s.holder.email),
      all: await db.outboxMessage.count(),
      unitNotes: await db.notification.count({ where: { accountId: s.unit.account.id } }),
      holderNotes: await db.notification.count({ where: { accountId: s.holder.account.id } }),
    });

    expect(await at(91)).toBe(0);
    expect(await counts()).toEqual({ unit: 0, holder: 0, all: 0, unitNotes: 0, holderNotes: 0 });

    expect(await at(90)).toBe(2);
    expect(await counts()).toEqual({ unit: 2, holder: 1, all: 3, unitNotes: 2, holderNotes: 1 });
    const holderMail = await db.outboxMessage.findFirstOrThrow({ where: { to: s.holder.email } });
    expect(holderMail.subject).toContain(`证书延续提醒：王建华 ${s.registered.certificate.number}`);
    expect(holderMail.text).toContain(formatChineseDate(s.expiresOn));
    expect(holderMail.text).toContain(`延续申请截止日期为${formatChineseDate(s.closes)}（还有90天）`);
    const unitMails = await db.outboxMessage.findMany({ where: { to: s.unitEmail }, orderBy: { id: "asc" } });
    expect(unitMails.map((m) => m.subject).sort()).toEqual(
      [
        `【安管人员考核系统】证书延续提醒：李明轩 ${s.unregistered.certificate.number}`,
        `【安管人员考核系统】证书延续提醒：王建华 ${s.registered.certificate.number}`,
      ].sort(),
    );
    expect(unitMails[0].text).toContain("延续申请");

    // Same day again, and the days until the next stage: nothing more.
    expect(await at(90)).toBe(0);
    for (const d of [89, 60, 31]) expect(await at(d)).toBe(0);
    expect(await counts()).toEqual({ unit: 2, holder: 1, all: 3, unitNotes: 2, holderNotes: 1 });

    expect(await at(30)).toBe(2);
    expect(await at(30)).toBe(0);
    expect(await counts()).toEqual({ unit: 4, holder: 2, all: 6, unitNotes: 4, holderNotes: 2 });
    expect(await db.outboxMessage.count({ where: { to: s.holder.email, text: { contains: "（还有30天）" } } })).toBe(1);

    for (const d of [29, 8]) expect(await at(d)).toBe(0);
    expect(await at(7)).toBe(2);
    for (const d of [7, 6, 1, 0, -1, -30]) expect(await at(d)).toBe(0);
    expect(await counts()).toEqual({ unit: 6, holder: 3, all: 9, unitNotes: 6, holderNotes: 3 });
    expect(await db.outboxMessage.count({ where: { to: s.unitEmail, text: { contains: "（还有7天）" } } })).toBe(2);

    expect(
      await db.renewalReminder.findMany({
        where: { certificateId: s.registered.certificate.id },
        orderBy: { daysBefore: "desc" },
      }),
    ).toMatchObject([{ daysBefore: 90 }, { daysBefore: 30 }, { daysBefore: 7 }]);
    expect(await db.renewalReminder.count()).toBe(6);
  });

  it("a certificate with a renewal filed gets none; lapsed or revoked ones get none; a holder without a unit gets theirs", async () => {
    const s = await setup();
    await fileRenewal(s.unit, s.registered.certificate, s.expiresOn);
    await createPersonWithCertificate({ enterprise: s.unit.enterprise, expiresOn: s.expiresOn, status: "LAPSED" });
    await createPersonWithCertificate({ enterprise: s.unit.enterprise, expiresOn: s.expiresOn, status: "REVOKED" });
    // A holder whose certificate left its unit (调出): only the holder is reminded.
    const mover = await createPersonWithCertificate({ enterprise: s.unit.enterprise, expiresOn: s.expiresOn });
    const moverAccount = await createHolderAccount(mover.person);
    await db.certificate.update({ where: { id: mover.certificate.id }, data: { enterpriseId: null, unitName: null } });
    await createCertificateFor(mover.person, { enterprise: null, expiresOn: addYears(s.expiresOn, 2) });

    for (const d of [90, 30, 7]) expect(await sendRenewalReminders(addDays(s.closes, -d))).toBe(2);
    expect(await mailsTo(s.holder.email)).toBe(0);
    expect(
      await db.outboxMessage.count({
        where: { to: s.unitEmail, subject: { contains: s.registered.certificate.number } },
      }),
    ).toBe(0);
    expect(await mailsTo(s.unitEmail)).toBe(3); // the unregistered holder's certificate only
    expect(await mailsTo(moverAccount.email)).toBe(3);
    expect(await db.renewalReminder.count({ where: { certificateId: s.registered.certificate.id } })).toBe(0);
  });

  it("skipped days: a first run 5 days before the close sends only the 7-day reminder, once", async () => {
    const s = await setup();
    expect(await sendRenewalReminders(addDays(s.closes, -5))).toBe(2);
    expect(await sendRenewalReminders(addDays(s.closes, -5))).toBe(0);
    expect(await sendRenewalReminders(addDays(s.closes, -4))).toBe(0);
    expect(await sendRenewalReminders(s.closes)).toBe(0);
    expect(await mailsTo(s.unitEmail)).toBe(2);
    expect(await mailsTo(s.holder.email)).toBe(1);
    expect(await db.outboxMessage.count({ where: { text: { contains: "（还有5天）" } } })).toBe(3);
    // The stages skipped are recorded as done, so they are never sent late.
    expect(
      (await db.renewalReminder.findMany({ where: { certificateId: s.registered.certificate.id } }))
        .map((r) => r.daysBefore)
        .sort(),
    ).toEqual([30, 7, 90].sort());
  });

  it("concurrent runs on the same day send each reminder once", async () => {
    const s = await setup();
    const day = addDays(s.closes, -30);
    const results = await Promise.all([
      sendRenewalReminders(day),
      sendRenewalReminders(day),
      sendRenewalReminders(day),
    ]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await mailsTo(s.unitEmail)).toBe(2);
    expect(await mailsTo(s.holder.email)).toBe(1);
  });

  it("a rejected renewal no longer holds the reminders back; a renewed certificate starts a new cycle", async () => {
    const s = await setup();
    const { actor: reviewer } = await createStaff("REVIEWER");
    const app = await fileRenewal(s.unit, s.registered.certificate, s.expiresOn);
    expect(await sendRenewalReminders(addDays(s.closes, -90))).toBe(1); // the unregistered one only
    await decideApplication({
      actor: reviewer,
      kind: "RENEWAL",
      applicationId: app.id,
      expectedVersion: 0,
      action: "reject",
      opinion: "材料不全",
    });
    expect(await sendRenewalReminders(addDays(s.closes, -30))).toBe(2);
    expect(await db.outboxMessage.count({ where: { to: s.holder.email, subject: { contains: "证书延续提醒" } } })).toBe(
      1,
    );

    // Renewed (expiry moved by 3 years): reminders of the new expiry are sent again in their time.
    const renewedExpiry = addYears(s.expiresOn, 3);
    await db.certificate.update({
      where: { id: s.registered.certificate.id },
      data: { expiresOn: fromDateOnly(renewedExpiry) },
    });
    expect(await sendRenewalReminders(addDays(renewalWindow(renewedExpiry).closes, -90))).toBe(1);
    expect(await db.renewalReminder.count({ where: { certificateId: s.registered.certificate.id } })).toBe(3);
    expect(toDateOnly((await certById(s.registered.certificate.id)).expiresOn)).toBe(renewedExpiry);
  });
});

describe("runDailyJobs", () => {
  it("runs both jobs for the day and is idempotent", async () => {
    const unit = await createEnterprise({ approved: true });
    const today = todayInShanghai();
    const gone = await createPersonWithCertificate({
      enterprise: unit.enterprise,
      expiresOn: expiryClosedYesterday(today),
    });
    // Its window closes in 7 days.
    let soon = addMonths(today, -2);
    while (renewalWindow(soon).closes < addDays(today, 7)) soon = addDays(soon, 1);
    await createPersonWithCertificate({ enterprise: unit.enterprise, expiresOn: soon });

    expect(await runDailyJobs(today)).toEqual({ lapsed: 1, reminded: 1, digests: 0, purged: 0 });
    expect(await runDailyJobs(today)).toEqual({ lapsed: 0, reminded: 0, digests: 0, purged: 0 });
    expect(await certById(gone.certificate.id)).toMatchObject({ status: "LAPSED" });
    expect(await lapsedEvents()).toBe(1);
    expect(await mailsTo(unit.fields.email)).toBe(1);
  });
});

describe("purgeStaleRecords", () => {
  it("deletes unconfirmed import previews after 7 days and expired sessions, challenges and codes; keeps the rest", async () => {
    const { account } = await createStaff("ASSESSOR");
    const now = new Date();
    const daysAgo = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000);
    const preview = (createdAt: Date, status: "PREVIEW" | "CONFIRMED" = "PREVIEW") =>
      db.certificateImport.create({
        data: {
          fileName: "名单.xlsx",
          fileSha256: "a".repeat(64),
          rows: [],
          createdById: account.id,
          createdAt,
          status,
        },
      });
    await preview(daysAgo(8));
    const fresh = await preview(daysAgo(6));
    const confirmed = await preview(daysAgo(30), "CONFIRMED");
    const session = (expiresAt: Date) =>
      db.session.create({ data: { accountId: account.id, tokenHash: randomUUID(), expiresAt } });
    await session(daysAgo(1));
    const live = await session(new Date(now.getTime() + 60_000));
    const code = (expiresAt: Date) =>
      db.emailCode.create({
        data: { purpose: "REGISTER", email: "a@example.com", codeHash: randomUUID(), expiresAt },
      });
    await code(daysAgo(2));
    const recentCode = await code(new Date(now.getTime() - 60_000));

    expect(await purgeStaleRecords(now)).toBe(3);
    const ids = async <T extends { id: string }>(rows: Promise<T[]>) => (await rows).map((r) => r.id).sort();
    expect(await ids(db.certificateImport.findMany())).toEqual([fresh.id, confirmed.id].sort());
    expect(await ids(db.session.findMany())).toEqual([live.id]);
    expect(await ids(db.emailCode.findMany())).toEqual([recentCode.id]);
    expect(await purgeStaleRecords(now)).toBe(0);
  });
});
