import "server-only";
import { fromDateOnly, todayInShanghai, toDateOnly } from "@/lib/domain/calendar-date";
import { daysLeftInWindow, isRenewable, statusBounds } from "@/lib/domain/certificate-dates";
import { renewalPayload } from "@/lib/schemas/payloads";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { listInclude, presentCertificate } from "../certificates/queries";
import { db } from "../db";

/**
 * 【延续申请】 tab: the unit's active certificates renewable today (from 3 months before expiry to
 * 2 months after), with the days left in the window and any renewal already filed.
 */
export async function listRenewableCertificates({ actor }: { actor: Actor }) {
  const enterpriseId = enterpriseIdOf(actor);
  const today = todayInShanghai();
  const { validAfter, lapsedBefore } = statusBounds(today);
  const certificates = await db.certificate.findMany({
    // The renewal window as expiry-date bounds (statusBounds), so only those rows leave the database.
    where: {
      enterpriseId,
      status: "ACTIVE",
      expiresOn: { gte: fromDateOnly(lapsedBefore), lte: fromDateOnly(validAfter) },
    },
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
      const renewal = latest.find(
        (a) => a.certificateId === c.id && renewalPayload.parse(a.payload).expiresOn === toDateOnly(c.expiresOn),
      );
      return {
        ...presentCertificate(c, today),
        daysLeft: daysLeftInWindow(toDateOnly(c.expiresOn), today) ?? 0,
        renewal: renewal ? { id: renewal.id, status: renewal.status } : null,
      };
    });
}
