import "server-only";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { isVoidStatus } from "@/lib/domain/certificate-dates";
import type { Actor } from "../auth/actor";
import { listInclude, presentCertificate } from "../certificates/queries";
import { db } from "../db";
import { readDb } from "../read-db";
import { ForbiddenError, NotFoundError } from "../errors";
import { applicationDetailInclude } from "../review/queries";

/**
 * The holder's record, or null while the account is bound to none (issue 10 §2: the actor carries a
 * personId only once a binding is confirmed, so an unconfirmed account reads nothing).
 */
function boundPersonId(actor: Actor): string | null {
  if (actor.role !== "PERSON") throw new ForbiddenError();
  return actor.personId;
}

/** 我的证书: the holder's certificates with their status today and any open transfer. */
export async function listOwnCertificates({ actor }: { actor: Actor }) {
  const personId = boundPersonId(actor);
  if (!personId) return [];
  const certificates = await db.certificate.findMany({
    where: { personId },
    orderBy: [{ expiresOn: "desc" }],
    include: listInclude,
  });
  const today = todayInShanghai();
  return certificates.map((c) => {
    const row = presentCertificate(c, today);
    const openTransfer = c.applications.find((a) => a.kind === "TRANSFER_OUT" || a.kind === "TRANSFER_IN") ?? null;
    const usable = !isVoidStatus(row.status) && !openTransfer;
    const openCancellation = c.applications.find((a) => a.kind === "CERTIFICATE_CANCELLATION") ?? null;
    return {
      ...row,
      hasUnit: c.enterpriseId !== null,
      openTransfer,
      openCancellation,
      // 注销 may end a 失效 certificate too; one attached to no unit is ended by the 考核部门 (撤销).
      canCancel: row.status !== "已注销" && !openCancellation,
      canTransferOut: usable && c.enterpriseId !== null,
      canTransferIn: usable && c.enterpriseId === null,
    };
  });
}

/** One of the holder's certificates (for the transfer forms). */
export async function getOwnCertificate({ actor, certificateId }: { actor: Actor; certificateId: string }) {
  const rows = await listOwnCertificates({ actor });
  const row = rows.find((r) => r.id === certificateId);
  if (!row) throw new NotFoundError();
  return row;
}

/** 我的申请: every application about the holder, newest first, with its history. */
export async function listPersonApplications({ actor }: { actor: Actor }) {
  const personId = boundPersonId(actor);
  if (!personId) return [];
  return (await readDb()).application.findMany({
    where: { personId },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    // Only what the holder may see of the unit: its name.
    include: {
      enterprise: { select: { name: true } },
      certificate: { select: { number: true, category: true, specialty: true } },
      events: applicationDetailInclude.events,
    },
    take: 100,
  });
}
