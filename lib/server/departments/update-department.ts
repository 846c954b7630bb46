import "server-only";
import { isUuid } from "@/lib/domain/uuid";
import type { DepartmentInput } from "@/lib/schemas/staff-account.schema";
import { assertRole, type Actor } from "../auth/actor";
import { audit } from "../audit";
import { db } from "../db";
import { InvalidInputError, NotFoundError } from "../errors";
import { uniqueViolationFields } from "../prisma-errors";
import { DEPARTMENT_NAME_TAKEN } from "./create-department";

const TYPE_IN_USE = "该部门已有账号，不能改变部门类型";

/** 系统管理员: rename or move a department; its type stays while accounts belong to it. */
export async function updateDepartment({
  actor,
  departmentId,
  input,
  ip,
}: {
  actor: Actor;
  departmentId: string;
  input: DepartmentInput;
  ip?: string;
}) {
  assertRole(actor, ["ADMIN"]);
  if (!isUuid(departmentId)) throw new NotFoundError();
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.department.findUnique({
        where: { id: departmentId },
        include: { _count: { select: { accounts: true } } },
      });
      if (!before) throw new NotFoundError();
      if (before.type !== input.type && before._count.accounts > 0) {
        throw new InvalidInputError(TYPE_IN_USE, { type: [TYPE_IN_USE] });
      }
      await tx.department.update({ where: { id: departmentId }, data: input });
      const { _count, ...was } = before;
      await audit(tx, {
        actor,
        action: "department.update",
        targetType: "Department",
        targetId: departmentId,
        detail: { before: { ...was, createdAt: was.createdAt.toISOString() }, after: input },
        ip,
      });
    });
  } catch (error) {
    if (uniqueViolationFields(error)?.includes("name")) {
      throw new InvalidInputError(DEPARTMENT_NAME_TAKEN, { name: [DEPARTMENT_NAME_TAKEN] });
    }
    throw error;
  }
}
