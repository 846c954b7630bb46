import "server-only";
import { STAFF_ACCOUNT_ROLES } from "@/lib/domain/staff";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { readDb } from "../read-db";
import { NotFoundError } from "../errors";
import { paginate } from "../paginate";
import { staffAccountWhere } from "./staff-account-scope";

const SELECT = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  disabledAt: true,
  mustChangePassword: true,
  totpEnrolledAt: true,
  createdAt: true,
  department: { select: { name: true } },
} as const;

/** 系统管理员: staff accounts, searched by username or 姓名, newest first. */
export async function listStaffAccounts({ actor, q, page }: { actor: Actor; q?: string; page?: number }) {
  assertRole(actor, ["ADMIN"]);
  const text = q?.trim();
  const where = {
    role: { in: [...STAFF_ACCOUNT_ROLES] },
    ...(text && {
      OR: [
        { username: { contains: text, mode: "insensitive" as const } },
        { displayName: { contains: text, mode: "insensitive" as const } },
      ],
    }),
  };
  const reader = await readDb();
  return paginate(
    page,
    (take) => reader.account.count({ where, take }),
    (window) => reader.account.findMany({ where, orderBy: { createdAt: "desc" }, select: SELECT, ...window }),
  );
}

export async function getStaffAccount({ actor, accountId }: { actor: Actor; accountId: string }) {
  assertRole(actor, ["ADMIN"]);
  const account = await db.account.findFirst({ where: staffAccountWhere(accountId), select: SELECT });
  if (!account) throw new NotFoundError();
  return account;
}
