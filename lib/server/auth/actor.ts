import "server-only";
import type { Role } from "@/lib/domain/workflow";
import { ForbiddenError } from "../errors";

/** Who is acting: passed explicitly to every use case, which authorises with it in its queries. */
export interface Actor {
  accountId: string;
  role: Role;
  displayName: string;
  /** set for ENTERPRISE accounts */
  enterpriseId: string | null;
  enterpriseApproved: boolean;
  /** set for PERSON accounts (the certificate holder) */
  personId: string | null;
  mustChangePassword: boolean;
  /** staff who must enrol a 动态口令 before anything else (lib/domain/second-factor.ts) */
  secondFactorPending?: boolean;
  sessionId: string | null;
  /** the session's last successful action: lists read the primary for a while after it (read-db.ts) */
  lastWriteAt?: Date | null;
}

export function assertRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) throw new ForbiddenError();
}

/** The enterprise id of an ENTERPRISE actor, for `where: { enterpriseId }` clauses. */
export function enterpriseIdOf(actor: Actor): string {
  if (actor.role !== "ENTERPRISE" || !actor.enterpriseId) throw new ForbiddenError();
  return actor.enterpriseId;
}

/** The person id of a PERSON actor, for `where: { personId }` clauses. */
export function personIdOf(actor: Actor): string {
  if (actor.role !== "PERSON" || !actor.personId) throw new ForbiddenError();
  return actor.personId;
}

export const STAFF_ROLES: readonly Role[] = ["REVIEWER", "ASSESSOR", "ADMIN"];
export const ROLE_LABEL: Record<Role, string> = {
  ENTERPRISE: "企业",
  PERSON: "个人",
  REVIEWER: "审核部门",
  ASSESSOR: "考核部门",
  ADMIN: "系统管理员",
};
