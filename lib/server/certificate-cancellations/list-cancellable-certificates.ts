import "server-only";
import { todayInShanghai } from "@/lib/domain/calendar-date";
import { enterpriseIdOf, type Actor } from "../auth/actor";
import { listInclude, presentCertificate } from "../certificates/queries";
import { db } from "../db";
import { NotFoundError } from "../errors";

/** The unit's certificates not yet ended (注销 may end a 失效 one too), each with its open 注销 if any. */
export async function listCancellableCertificates({ actor }: { actor: Actor }) {
  const certificates = await db.certificate.findMany({
    where: { enterpriseId: enterpriseIdOf(actor), status: { not: "REVOKED" } },
    orderBy: [{ person: { name: "asc" } }, { number: "asc" }],
    include: listInclude,
  });
  const today = todayInShanghai();
  return certificates.map((c) => ({
    ...presentCertificate(c, today),
    openCancellation: c.applications.find((a) => a.kind === "CERTIFICATE_CANCELLATION") ?? null,
  }));
}

/** One of them, for the 【注销申请】 form. */
export async function getCancellableCertificate({ actor, certificateId }: { actor: Actor; certificateId: string }) {
  const row = (await listCancellableCertificates({ actor })).find((c) => c.id === certificateId);
  if (!row) throw new NotFoundError();
  return row;
}
