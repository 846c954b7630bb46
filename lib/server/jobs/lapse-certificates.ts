import "server-only";
import {
  addMonths,
  compareDates,
  fromDateOnly,
  todayInShanghai,
  toDateOnly,
  type CalendarDate,
} from "@/lib/domain/calendar-date";
import { renewalWindow } from "@/lib/domain/certificate-dates";
import { OPEN_STATUSES } from "@/lib/domain/workflow";
import { db } from "../db";

/**
 * Daily: certificates more than 2 months past expiry with no renewal pending become 失效 (LAPSED),
 * recorded in their history. Guarded by the stored status, so running it twice changes nothing more.
 */
export async function lapseCertificates(today: CalendarDate = todayInShanghai()): Promise<number> {
  // Every certificate whose window may have closed (expiry at least 2 months ago), then the exact rule.
  const candidates = await db.certificate.findMany({
    where: {
      status: "ACTIVE",
      expiresOn: { lte: fromDateOnly(addMonths(today, -2)) },
      applications: { none: { kind: "RENEWAL", status: { in: [...OPEN_STATUSES] } } },
    },
    select: { id: true, expiresOn: true },
  });
  let lapsed = 0;
  for (const c of candidates) {
    if (compareDates(today, renewalWindow(toDateOnly(c.expiresOn)).closes) <= 0) continue;
    const changed = await db.$transaction(async (tx) => {
      const { count } = await tx.certificate.updateMany({
        // A renewal filed meanwhile keeps it valid.
        where: {
          id: c.id,
          status: "ACTIVE",
          applications: { none: { kind: "RENEWAL", status: { in: [...OPEN_STATUSES] } } },
        },
        data: { status: "LAPSED", version: { increment: 1 } },
      });
      if (count === 0) return false;
      await tx.certificateEvent.create({
        data: { certificateId: c.id, kind: "LAPSED", changes: { status: ["ACTIVE", "LAPSED"] } },
      });
      return true;
    });
    if (changed) lapsed++;
  }
  return lapsed;
}
