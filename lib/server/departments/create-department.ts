import "server-only";
import type { DepartmentInput } from "@/lib/schemas/staff-account.schema";
import { assertRole, type Actor } from "../auth/actor";
import { audit } from "../audit";
import { db } from "../db";
import { InvalidInputError } from "../errors";
import { uniqueViolationFields } from "../prisma-errors";

export const DEPARTMENT_NAME_TAKEN = "已有同名部门";

/** 系统管理员: a 审核部门 or 考核部门 entry, placed by 行政区划代码. */
export async function createDepartment({ actor, input, ip }: { actor: Actor; input: DepartmentInput; ip?: string }) {
  assertRole(actor, ["ADMIN"]);
  try {
    return await db.$transaction(async (tx) => {
      const department = await tx.department.create({ data: input });
      await audit(tx, {
        actor,
        action: "department.create",
        targetType: "Department",
        targetId: department.id,
        detail: { name: input.name, type: input.type },
        ip,
      });
      return department;
    });
  } catch (error) {
    if (uniqueViolationFields(error)?.includes("name")) {
      throw new InvalidInputError(DEPARTMENT_NAME_TAKEN, { name: [DEPARTMENT_NAME_TAKEN] });
    }
    throw error;
  }
}
