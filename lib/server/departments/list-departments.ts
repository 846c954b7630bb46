import "server-only";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";

/** 系统管理员: every department (a few dozen at most), 审核部门 first, with its number of accounts. */
export async function listDepartments({ actor }: { actor: Actor }) {
  assertRole(actor, ["ADMIN"]);
  return db.department.findMany({
    orderBy: [{ type: "asc" }, { name: "asc" }],
    include: { _count: { select: { accounts: true } } },
  });
}
