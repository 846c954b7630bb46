import "server-only";
import {
  daysBetween,
  fromDateOnly,
  formatChineseDate,
  todayInShanghai,
  toDateOnly,
  type CalendarDate,
} from "@/lib/domain/calendar-date";
import { renewalWindow } from "@/lib/domain/certificate-dates";
import { OPEN_STATUSES } from "@/lib/domain/workflow";
import { db } from "../db";
import { notify } from "../notifications/notify";

/** Days before the renewal window closes at which the unit (and the holder) are reminded. */
export const REMINDER_STAGES = [90, 30, 7] as const;

/**
 * Daily: for each active certificate with no renewal filed, the most urgent reminder stage reached
 * and not yet sent goes to the unit and to the holder (if registered). A row per (certificate,
 * expiry, stage) is inserted first, so concurrent or repeated runs send each reminder once; stages
 * skipped (the job did not run) are recorded as sent.
 */
export async function sendRenewalReminders(today: CalendarDate = todayInShanghai()): Promise<number> {
  const certificates = await db.certificate.findMany({
    where: {
      status: "ACTIVE",
      applications: { none: { kind: "RENEWAL", status: { in: [...OPEN_STATUSES] } } },
    },
    include: {
      person: { select: { name: true, email: true, accountId: true } },
      enterprise: { select: { name: true, email: true, accountId: true } },
    },
  });
  let sent = 0;
  for (const c of certificates) {
    const expiresOn = toDateOnly(c.expiresOn);
    const { closes } = renewalWindow(expiresOn);
    const daysLeft = daysBetween(today, closes);
    if (daysLeft < 0) continue;
    const due = REMINDER_STAGES.filter((d) => daysLeft <= d);
    if (due.length === 0) continue;
    const stage = Math.min(...due);
    const didSend = await db.$transaction(async (tx) => {
      const key = { certificateId: c.id, expiresOn: fromDateOnly(expiresOn) };
      // Claim this stage; if another run already has it, there is nothing to send.
      const { count } = await tx.renewalReminder.createMany({
        data: [{ ...key, daysBefore: stage }],
        skipDuplicates: true,
      });
      if (count === 0) return false;
      // Earlier stages the job did not reach in time are not sent late.
      await tx.renewalReminder.createMany({
        data: due.filter((d) => d !== stage).map((daysBefore) => ({ ...key, daysBefore })),
        skipDuplicates: true,
      });
      const title = `证书延续提醒：${c.person.name} ${c.number}`;
      const body = `${c.person.name}的安全生产考核合格证书（${c.number}）有效期至${formatChineseDate(expiresOn)}，延续申请截止日期为${formatChineseDate(closes)}（还有${daysLeft}天）。逾期未申请延续的证书将失效，需重新参加考核。`;
      if (c.enterprise)
        await notify(tx, {
          accountId: c.enterprise.accountId,
          email: c.enterprise.email,
          title,
          body: `${c.enterprise.name}：\n${body}\n请在 申请业务 › 延续申请 中办理。`,
        });
      if (c.person.accountId && c.person.email)
        await notify(tx, {
          accountId: c.person.accountId,
          email: c.person.email,
          title,
          body: `${c.person.name}：\n${body}`,
        });
      return true;
    });
    if (didSend) sent++;
  }
  return sent;
}
