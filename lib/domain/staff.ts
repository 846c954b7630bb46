// Staff accounts and departments: which role works in which kind of department.
import type { Role } from "./workflow";

export const DEPARTMENT_TYPES = ["REVIEW", "ASSESSMENT"] as const;
export type DepartmentType = (typeof DEPARTMENT_TYPES)[number];

export const DEPARTMENT_TYPE_LABEL: Record<DepartmentType, string> = { REVIEW: "审核部门", ASSESSMENT: "考核部门" };

export const STAFF_ACCOUNT_ROLES = ["REVIEWER", "ASSESSOR", "ADMIN"] as const satisfies readonly Role[];
export type StaffAccountRole = (typeof STAFF_ACCOUNT_ROLES)[number];

/** A 审核部门 account belongs to a 审核部门 entry, a 考核部门 one to a 考核部门; an administrator to none. */
export const DEPARTMENT_TYPE_OF_ROLE: Record<StaffAccountRole, DepartmentType | null> = {
  REVIEWER: "REVIEW",
  ASSESSOR: "ASSESSMENT",
  ADMIN: null,
};

export const STAFF_ROLE_LABEL: Record<StaffAccountRole, string> = {
  REVIEWER: "审核部门",
  ASSESSOR: "考核部门",
  ADMIN: "系统管理员",
};
