import "server-only";
import { paginate } from "../paginate";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, enterpriseIdOf, type Actor } from "../auth/actor";
import { db } from "../db";
import { readDb } from "../read-db";
import { NotFoundError } from "../errors";

const fileSelect = { select: { id: true, originalName: true, mimeType: true, size: true } } as const;

/** The enterprise's own record (企业信息). */
export async function getOwnEnterprise({ actor }: { actor: Actor }) {
  const enterprise = await db.enterprise.findUnique({
    where: { id: enterpriseIdOf(actor) },
    include: { licenseFile: fileSelect, qualificationFile: fileSelect },
  });
  if (!enterprise) throw new NotFoundError();
  return enterprise;
}

/** 审核部门: enterprise accounts, searchable by name or credit code. */
export async function listEnterprises(input: { actor: Actor; q?: string; page?: number }) {
  assertRole(input.actor, ["REVIEWER"]);
  const q = input.q?.trim();
  const where: Prisma.EnterpriseWhereInput = q
    ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { creditCode: { contains: q.toUpperCase() } }] }
    : {};
  const reader = await readDb();
  return paginate(
    input.page,
    (take) => reader.enterprise.count({ where, take }),
    (window) =>
      reader.enterprise.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
        select: {
          id: true,
          name: true,
          creditCode: true,
          contactName: true,
          contactPhone: true,
          email: true,
          approvedAt: true,
          account: { select: { mustChangePassword: true } },
        },
      }),
  );
}

/** 审核部门: one enterprise account with its data. */
export async function getEnterpriseForStaff({ actor, enterpriseId }: { actor: Actor; enterpriseId: string }) {
  assertRole(actor, ["REVIEWER"]);
  if (!/^[0-9a-f-]{36}$/i.test(enterpriseId)) throw new NotFoundError();
  const enterprise = await db.enterprise.findUnique({
    where: { id: enterpriseId },
    include: {
      licenseFile: fileSelect,
      qualificationFile: fileSelect,
      account: { select: { mustChangePassword: true } },
    },
  });
  if (!enterprise) throw new NotFoundError();
  return enterprise;
}
