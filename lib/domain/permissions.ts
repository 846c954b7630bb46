// Who may call what: one table, one check. Server actions (authedAction), route handlers
// (routeActor) and pages (requirePageActor) name a permission and call checkCaller; only what they
// do with a refusal differs (an error beside the form, a 401/403 response, a redirect).
// Use cases authorise again, with ownership, in their queries.
import { APPLICATION_KINDS, staffRolesFor, type ApplicationKind } from "./application-kinds";
import { ROLES, type Role } from "./workflow";

export type Portal = "enterprise" | "person" | "staff";

export const PORTAL_OF_ROLE: Record<Role, Portal> = {
  ENTERPRISE: "enterprise",
  PERSON: "person",
  REVIEWER: "staff",
  ASSESSOR: "staff",
  ADMIN: "staff",
};

export const LOGIN_PATH: Record<Portal, string> = {
  enterprise: "/login/enterprise",
  person: "/login/person",
  staff: "/login/staff",
};

export const HOME_PATH: Record<Role, string> = {
  ENTERPRISE: "/enterprise",
  PERSON: "/person",
  REVIEWER: "/staff",
  ASSESSOR: "/staff",
  ADMIN: "/staff",
};

export const PASSWORD_CHANGE_PATH = "/account/password";
export const SECOND_FACTOR_ENROL_PATH = "/account/second-factor";
export const SECOND_FACTOR_LOGIN_PATH = "/login/second-factor";

export interface PermissionRule {
  roles: readonly Role[];
  /** an enterprise whose registration is not approved yet may use it (status page, 前往修改) */
  unapprovedEnterprise?: true;
  /** usable while a temporary password waits to be replaced (only 修改密码) */
  pendingPasswordChange?: true;
  /** usable by staff who must still enrol their second factor (修改密码, the enrolment itself) */
  pendingSecondFactor?: true;
}

const ENTERPRISE: Role[] = ["ENTERPRISE"];
const PERSON: Role[] = ["PERSON"];

const FIXED = {
  "account.password.change": {
    roles: ROLES,
    unapprovedEnterprise: true,
    pendingPasswordChange: true,
    pendingSecondFactor: true,
  },
  "notifications.read": { roles: ROLES, unapprovedEnterprise: true },
  /** the unit's own uploads; the 系统管理员 has no business reading them */
  "file.read": { roles: ["ENTERPRISE", "REVIEWER", "ASSESSOR"], unapprovedEnterprise: true },
  "registration.own": { roles: ENTERPRISE, unapprovedEnterprise: true },
  "unit.workspace": { roles: ENTERPRISE },
  "unit.info.change": { roles: ENTERPRISE },
  "unit.certificate.apply": { roles: ENTERPRISE },
  "unit.transfer.decide": { roles: ENTERPRISE },
  "person.workspace": { roles: PERSON },
  "person.transfer.apply": { roles: PERSON },
  "person.certificate.apply": { roles: PERSON },
  "staff.workspace": { roles: ["REVIEWER", "ASSESSOR", "ADMIN"] },
  "application.decide": { roles: ["REVIEWER", "ASSESSOR"] },
  "assessment.queue": { roles: ["ASSESSOR"] },
  "certificate.register.read": { roles: ["REVIEWER", "ASSESSOR"] },
  "certificate.revoke": { roles: ["ASSESSOR"] },
  "enterprise.manage": { roles: ["REVIEWER"] },
  "audit.read": { roles: ["ADMIN"] },
  /** separation of duties: only the 系统管理员 manages staff, and the 系统管理员 decides nothing */
  "staff.accounts.manage": { roles: ["ADMIN"] },
  "departments.manage": { roles: ["ADMIN"] },
  /** a staff member binds their own 动态口令 (TOTP) */
  "account.second-factor.enrol": { roles: ["REVIEWER", "ASSESSOR", "ADMIN"], pendingSecondFactor: true },
  /** 首次核发 (single or by Excel import): the 考核部门 only */
  "certificate.issue": { roles: ["ASSESSOR"] },
  /** 统计: read-only aggregates of the applications and certificates these two departments decide on */
  "statistics.read": { roles: ["REVIEWER", "ASSESSOR"] },
  /** 待办: a 审核部门's or 考核部门's queues with their 办理时限 counts */
  "staff.todo": { roles: ["REVIEWER", "ASSESSOR"] },
  /** 节假日安排 and 办理时限 (the working-day calendar the limits are counted on) */
  "deadlines.configure": { roles: ["ADMIN"] },
  /** 个人账号绑定确认: the unit of the holder's certificate; the 审核部门 for one at no unit, and 【解除绑定】 */
  "unit.binding.decide": { roles: ENTERPRISE },
  "binding.manage": { roles: ["REVIEWER"] },
  "person.binding.request": { roles: PERSON },
} satisfies Record<string, PermissionRule>;

export type ReviewPermission = `application.review.${ApplicationKind}`;

/** The queue and detail pages of a kind: the staff roles that act somewhere in its workflow. */
export const reviewPermission = (kind: ApplicationKind): ReviewPermission => `application.review.${kind}`;

export type Permission = keyof typeof FIXED | ReviewPermission;

const REVIEW = {} as Record<ReviewPermission, PermissionRule>;
for (const kind of APPLICATION_KINDS) REVIEW[reviewPermission(kind)] = { roles: staffRolesFor(kind) };

export const PERMISSIONS: Record<Permission, PermissionRule> = { ...FIXED, ...REVIEW };

/** The fields of the actor the check reads. */
export interface Caller {
  role: Role;
  mustChangePassword: boolean;
  enterpriseApproved: boolean;
  /** staff whose second factor is required but not enrolled yet (lib/domain/second-factor.ts) */
  secondFactorPending?: boolean;
}

export type RefusalReason =
  "unauthenticated" | "role" | "pendingPasswordChange" | "unapprovedEnterprise" | "pendingSecondFactor";

export interface Refusal {
  reason: RefusalReason;
  message: string;
}

/** One wording per reason, wherever the refusal is shown. */
export const REFUSALS: Record<RefusalReason, Refusal> = {
  unauthenticated: { reason: "unauthenticated", message: "未登录或登录已失效，请重新登录" },
  role: { reason: "role", message: "您没有权限执行此操作" },
  pendingPasswordChange: { reason: "pendingPasswordChange", message: "请先修改临时密码" },
  unapprovedEnterprise: { reason: "unapprovedEnterprise", message: "单位注册审核通过后方可使用" },
  pendingSecondFactor: { reason: "pendingSecondFactor", message: "请先绑定动态口令" },
};

/** null when the caller may use the permission, otherwise why not. */
export function checkCaller(caller: Caller | null, permission: Permission): Refusal | null {
  const rule = PERMISSIONS[permission];
  if (!caller) return REFUSALS.unauthenticated;
  if (!rule.roles.includes(caller.role)) return REFUSALS.role;
  if (caller.mustChangePassword && !rule.pendingPasswordChange) return REFUSALS.pendingPasswordChange;
  if (caller.secondFactorPending && !rule.pendingSecondFactor) return REFUSALS.pendingSecondFactor;
  if (caller.role === "ENTERPRISE" && !caller.enterpriseApproved && !rule.unapprovedEnterprise) {
    return REFUSALS.unapprovedEnterprise;
  }
  return null;
}

/** Where an anonymous visitor of a page behind this permission signs in. */
export function loginPathFor(permission: Permission): string {
  return LOGIN_PATH[PORTAL_OF_ROLE[PERMISSIONS[permission].roles[0]]];
}
