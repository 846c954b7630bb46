import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, type Actor } from "../auth/actor";
import { db } from "../db";
import { readDb } from "../read-db";
import { paginate } from "../paginate";
import { decidableBindings, deciderCertificates, deciderOf } from "./binding-scope";

const bindingRow = {
  person: {
    select: {
      id: true,
      name: true,
      idNumber: true,
      certificates: {
        where: { status: { not: "REVOKED" } },
        select: { id: true, number: true, enterpriseId: true, unitName: true },
        orderBy: { number: "asc" },
      },
    },
  },
  account: { select: { holderProfile: { select: { name: true, phone: true, email: true } }, createdAt: true } },
  decidedBy: { select: { displayName: true } },
} satisfies Prisma.PersonBindingInclude;

/** 个人账号绑定确认: the PENDING claims the actor may decide (unit or 审核部门), oldest first. */
export async function listPendingBindings({ actor, page }: { actor: Actor; page?: number }) {
  const where = { status: "PENDING", ...decidableBindings(actor) } satisfies Prisma.PersonBindingWhereInput;
  return paginate(
    page,
    (take) => db.personBinding.count({ where, take }),
    (window) => db.personBinding.findMany({ where, include: bindingRow, orderBy: { requestedAt: "asc" }, ...window }),
  );
}

/** The count for the 待办 item (SQL count). */
export async function countPendingBindings({ actor }: { actor: Actor }) {
  return (await readDb()).personBinding.count({ where: { status: "PENDING", ...decidableBindings(actor) } });
}

/** 审核部门: confirmed bindings (to undo a wrong one), searchable by 姓名 or 身份证号. */
export async function listConfirmedBindings({ actor, q, page }: { actor: Actor; q?: string; page?: number }) {
  assertRole(actor, ["REVIEWER"]);
  const text = q?.trim();
  const where: Prisma.PersonBindingWhereInput = {
    status: "CONFIRMED",
    ...(text ? { person: { OR: [{ name: { contains: text } }, { idNumber: text.toUpperCase() }] } } : {}),
  };
  return paginate(
    page,
    (take) => db.personBinding.count({ where, take }),
    (window) => db.personBinding.findMany({ where, include: bindingRow, orderBy: { decidedAt: "desc" }, ...window }),
  );
}

/** The holder's latest binding (for 我的证书 while the account sees no record) and who decides it. */
export async function getOwnBinding({ actor }: { actor: Actor }) {
  const binding = await db.personBinding.findFirst({
    where: { accountId: actor.accountId },
    orderBy: { requestedAt: "desc" },
    include: { person: { select: { certificates: deciderCertificates } } },
  });
  if (!binding) return null;
  return { id: binding.id, status: binding.status, decider: deciderOf(binding.person) };
}
