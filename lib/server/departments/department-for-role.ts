import "server-only";
import { DEPARTMENT_TYPE_LABEL, DEPARTMENT_TYPE_OF_ROLE, type StaffAccountRole } from "@/lib/domain/staff";
import type { Tx } from "../db";
import { InvalidInputError } from "../errors";

/** The department id for an account of this role: a 审核部门 entry for a reviewer…, none for an administrator. */
export async function departmentIdForRole(tx: Tx, role: StaffAccountRole, name: string | undefined) {
  const type = DEPARTMENT_TYPE_OF_ROLE[role];
  if (!type) return null;
  const department = name ? await tx.department.findFirst({ where: { name, type }, select: { id: true } }) : null;
  if (!department) {
    const message = `请选择一个${DEPARTMENT_TYPE_LABEL[type]}`;
    throw new InvalidInputError(message, { department: [message] });
  }
  return department.id;
}
