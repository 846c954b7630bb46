import { PROVINCES } from "@/lib/domain/regions";
import {
  DEPARTMENT_TYPE_LABEL,
  DEPARTMENT_TYPE_OF_ROLE,
  DEPARTMENT_TYPES,
  STAFF_ACCOUNT_ROLES,
  STAFF_ROLE_LABEL,
  type DepartmentType,
  type StaffAccountRole,
} from "@/lib/domain/staff";
import { emailField } from "./enterprise.schema";
import { z } from "./zod";

// The selects send their labels (SelectField's value is what it shows); the schemas turn them into codes.

export const STAFF_ROLE_OPTIONS = STAFF_ACCOUNT_ROLES.map((r) => STAFF_ROLE_LABEL[r]);
export const DEPARTMENT_TYPE_OPTIONS = DEPARTMENT_TYPES.map((t) => DEPARTMENT_TYPE_LABEL[t]);

const roleField = z
  .string()
  .refine((v) => STAFF_ROLE_OPTIONS.includes(v), "请选择角色")
  .transform((v) => STAFF_ACCOUNT_ROLES.find((r) => STAFF_ROLE_LABEL[r] === v) as StaffAccountRole);

/** role + department (by name): a 审核部门 or 考核部门 account must name its department. */
const roleAndDepartment = {
  role: roleField,
  department: z.string().trim().max(50).optional(),
};
const departmentWhenNeeded = {
  message: "请选择所属部门",
  path: ["department"],
};
const needsDepartment = (v: { role: StaffAccountRole; department?: string }) =>
  DEPARTMENT_TYPE_OF_ROLE[v.role] === null || Boolean(v.department);

export const USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{2,31}$/;

export const createStaffAccountSchema = z
  .object({
    username: z
      .string()
      .trim()
      .min(1, "请填写用户名")
      .regex(USERNAME_PATTERN, "用户名为3至32位，以字母开头，可含字母、数字和 _ . -"),
    displayName: z.string().trim().min(1, "请填写姓名").max(30, "姓名不能超过30字"),
    ...roleAndDepartment,
  })
  .refine(needsDepartment, departmentWhenNeeded);
export type CreateStaffAccountInput = z.output<typeof createStaffAccountSchema>;

export const updateStaffAccountSchema = z
  .object({ accountId: z.uuid("参数错误"), ...roleAndDepartment })
  .refine(needsDepartment, departmentWhenNeeded);

export const staffAccountIdSchema = z.object({ accountId: z.uuid("参数错误") });

const provinceByName = (name: string) => PROVINCES.find((p) => p.name === name);

/** 部门: name, type, province and (optional) city, the region sent by name and turned into 行政区划代码. */
export const departmentSchema = z
  .object({
    name: z.string().trim().min(1, "请填写部门名称").max(50, "部门名称不能超过50字"),
    type: z
      .string()
      .refine((v) => DEPARTMENT_TYPE_OPTIONS.includes(v), "请选择部门类型")
      .transform((v) => DEPARTMENT_TYPES.find((t) => DEPARTMENT_TYPE_LABEL[t] === v) as DepartmentType),
    province: z.string().refine((v) => Boolean(provinceByName(v)), "请选择省份"),
    city: z.string().optional(),
    /** where the daily 超期 digest goes; optional */
    email: z
      .preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), emailField.optional())
      .transform((v) => v ?? null),
  })
  .refine((v) => !v.city || Boolean(provinceByName(v.province)?.cities.some((c) => c.name === v.city)), {
    message: "所选城市不属于该省份",
    path: ["city"],
  })
  .transform(({ province, city, ...rest }) => {
    const p = provinceByName(province)!;
    return { ...rest, provinceCode: p.code, cityCode: p.cities.find((c) => c.name === city)?.code ?? null };
  });
export type DepartmentInput = z.output<typeof departmentSchema>;

export const updateDepartmentSchema = departmentSchema.and(z.object({ departmentId: z.uuid("参数错误") }));
