import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BindingDecider } from "@/lib/domain/person-binding";
import type { Actor } from "../auth/actor";
import { ForbiddenError } from "../errors";

/** A certificate that still ties its holder to a unit (not 已注销). */
const liveAtUnit = (enterpriseId: Prisma.StringNullableFilter | string): Prisma.CertificateWhereInput => ({
  enterpriseId,
  status: { not: "REVOKED" },
});

/**
 * The bindings an actor may decide, as a `where` clause: a unit those of persons holding one of its
 * certificates; the 审核部门 those of persons with no certificate at any unit. Anyone else: none.
 */
export function decidableBindings(actor: Actor): Prisma.PersonBindingWhereInput {
  if (actor.role === "ENTERPRISE" && actor.enterpriseId) {
    return { person: { certificates: { some: liveAtUnit(actor.enterpriseId) } } };
  }
  if (actor.role === "REVIEWER") return { person: { certificates: { none: liveAtUnit({ not: null }) } } };
  throw new ForbiddenError();
}

/** Who decides a claim on this person (for the holder's message and the notices). */
export function deciderOf(person: { certificates: { enterpriseId: string | null }[] }): BindingDecider {
  return person.certificates.some((c) => c.enterpriseId) ? "UNIT" : "REVIEWER";
}

/** The person's certificates that count for `deciderOf`. */
export const deciderCertificates = {
  where: { status: { not: "REVOKED" } },
  select: { enterpriseId: true },
} satisfies Prisma.Person$certificatesArgs;
