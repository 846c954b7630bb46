import { describe, expect, it } from "vitest";
import {
  checkCaller,
  HOME_PATH,
  loginPathFor,
  PERMISSIONS,
  REFUSALS,
  type Caller,
  type Permission,
} from "@/lib/domain/permissions";
import { ROLES, type Role } from "@/lib/domain/workflow";

// Written out by hand, so that a change to the table has to be made twice on purpose.
const EXPECTED: Record<Permission, Role[]> = {
  "account.password.change": ["ENTERPRISE", "PERSON", "REVIEWER", "ASSESSOR", "ADMIN"],
  "notifications.read": ["ENTERPRISE", "PERSON", "REVIEWER", "ASSESSOR", "ADMIN"],
  "file.read": ["ENTERPRISE", "REVIEWER", "ASSESSOR"],
  "registration.own": ["ENTERPRISE"],
  "unit.workspace": ["ENTERPRISE"],
  "unit.info.change": ["ENTERPRISE"],
  "unit.certificate.apply": ["ENTERPRISE"],
  "unit.transfer.decide": ["ENTERPRISE"],
  "person.workspace": ["PERSON"],
  "person.transfer.apply": ["PERSON"],
  "person.certificate.apply": ["PERSON"],
  "staff.workspace": ["REVIEWER", "ASSESSOR", "ADMIN"],
  "application.decide": ["REVIEWER", "ASSESSOR"],
  "assessment.queue": ["ASSESSOR"],
  "certificate.register.read": ["REVIEWER", "ASSESSOR"],
  "certificate.revoke": ["ASSESSOR"],
  "enterprise.manage": ["REVIEWER"],
  "audit.read": ["ADMIN"],
  "staff.accounts.manage": ["ADMIN"],
  "departments.manage": ["ADMIN"],
  "account.second-factor.enrol": ["REVIEWER", "ASSESSOR", "ADMIN"],
  "certificate.issue": ["ASSESSOR"],
  "statistics.read": ["REVIEWER", "ASSESSOR"],
  "staff.todo": ["REVIEWER", "ASSESSOR"],
  "deadlines.configure": ["ADMIN"],
  "unit.binding.decide": ["ENTERPRISE"],
  "binding.manage": ["REVIEWER"],
  "person.binding.request": ["PERSON"],
  "application.review.ENTERPRISE_REGISTRATION": ["REVIEWER"],
  "application.review.NAME_CHANGE": ["REVIEWER"],
  "application.review.QUALIFICATION_CHANGE": ["REVIEWER"],
  "application.review.UNIT_INFO_CHANGE": ["REVIEWER", "ASSESSOR"],
  "application.review.TRANSFER_OUT": ["REVIEWER", "ASSESSOR"],
  "application.review.TRANSFER_IN": ["REVIEWER", "ASSESSOR"],
  "application.review.RENEWAL": ["REVIEWER"],
  "application.review.CERTIFICATE_CANCELLATION": ["REVIEWER", "ASSESSOR"],
};

const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];
const caller = (role: Role, over: Partial<Caller> = {}): Caller => ({
  role,
  mustChangePassword: false,
  enterpriseApproved: role === "ENTERPRISE",
  ...over,
});

describe("the permission table", () => {
  it("names exactly the expected permissions", () => {
    expect([...PERMISSION_NAMES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const permission of Object.keys(EXPECTED) as Permission[]) {
    it.each(ROLES)(`${permission}: %s`, (role) => {
      const allowed = EXPECTED[permission].includes(role);
      expect(checkCaller(caller(role), permission)).toEqual(allowed ? null : REFUSALS.role);
    });
  }

  it("keeps the 系统管理员 away from uploads", () => {
    expect(checkCaller(caller("ADMIN"), "file.read")?.reason).toBe("role");
  });
});

describe("refusals", () => {
  it("an anonymous caller is refused everything, with one message", () => {
    for (const permission of PERMISSION_NAMES) {
      expect(checkCaller(null, permission)).toEqual({
        reason: "unauthenticated",
        message: "未登录或登录已失效，请重新登录",
      });
    }
  });

  it("a temporary password blocks everything but 修改密码", () => {
    const pending = caller("REVIEWER", { mustChangePassword: true });
    expect(checkCaller(pending, "application.decide")).toEqual({
      reason: "pendingPasswordChange",
      message: "请先修改临时密码",
    });
    expect(checkCaller(pending, "account.password.change")).toBeNull();
    const allowed = PERMISSION_NAMES.filter((p) => PERMISSIONS[p].pendingPasswordChange);
    expect(allowed).toEqual(["account.password.change"]);
  });

  it("staff who must enrol a second factor reach 修改密码 and the enrolment only", () => {
    for (const role of ["REVIEWER", "ASSESSOR", "ADMIN"] as const) {
      const pending = caller(role, { secondFactorPending: true });
      expect(checkCaller(pending, "staff.workspace")).toEqual({
        reason: "pendingSecondFactor",
        message: "请先绑定动态口令",
      });
      const allowed = PERMISSION_NAMES.filter((p) => checkCaller(pending, p) === null).sort();
      expect(allowed).toEqual(["account.password.change", "account.second-factor.enrol"]);
    }
    // a temporary password comes first: change it, then enrol
    const both = caller("REVIEWER", { mustChangePassword: true, secondFactorPending: true });
    expect(checkCaller(both, "account.second-factor.enrol")?.reason).toBe("pendingPasswordChange");
  });

  it("an enterprise not approved yet reaches its registration, notifications, files and password only", () => {
    const unapproved = caller("ENTERPRISE", { enterpriseApproved: false });
    expect(checkCaller(unapproved, "unit.workspace")).toEqual({
      reason: "unapprovedEnterprise",
      message: "单位注册审核通过后方可使用",
    });
    const allowed = PERMISSION_NAMES.filter((p) => checkCaller(unapproved, p) === null).sort();
    expect(allowed).toEqual(["account.password.change", "file.read", "notifications.read", "registration.own"]);
  });

  it("a role outside the table is told it has no permission", () => {
    expect(checkCaller(caller("PERSON"), "unit.workspace")).toEqual({
      reason: "role",
      message: "您没有权限执行此操作",
    });
  });

  it("each reason has its own message", () => {
    const messages = Object.values(REFUSALS).map((r) => r.message);
    expect(new Set(messages).size).toBe(messages.length);
  });
});

describe("paths", () => {
  it("sends an anonymous visitor to the login page of the permission's portal", () => {
    expect(loginPathFor("unit.workspace")).toBe("/login/enterprise");
    expect(loginPathFor("registration.own")).toBe("/login/enterprise");
    expect(loginPathFor("person.workspace")).toBe("/login/person");
    expect(loginPathFor("audit.read")).toBe("/login/staff");
    expect(loginPathFor("application.review.RENEWAL")).toBe("/login/staff");
  });

  it("has a home for every role", () => {
    expect(ROLES.map((r) => HOME_PATH[r])).toEqual(["/enterprise", "/person", "/staff", "/staff", "/staff"]);
  });
});
